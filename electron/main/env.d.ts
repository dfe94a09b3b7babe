// `import.meta.env.DEV` in the main bundle: electron-vite defines it at build time.
/// <reference types="electron-vite/node" />
