import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import mantinePreset from 'postcss-preset-mantine';
import simpleVars from 'postcss-simple-vars';
import type { Plugin } from 'vite';
import { hashBuildInputs, removeBuildStamp, writeBuildStamp, type SourceHashes } from './src/hosts/launcher/build-stamp';

/**
 * Records which sources a complete build was made from (`out/build-stamp.json`), so `npm start` can
 * skip building when nothing changed: the sources are read (and the old stamp removed) as the first
 * build (main) starts, and the stamp is written once the last one (renderer) is on disk.
 */
let buildInputs: SourceHashes | undefined;
const readBuildInputs: Plugin = {
  name: 'casebook-read-build-inputs',
  apply: 'build',
  buildStart() {
    removeBuildStamp(__dirname);
    buildInputs = hashBuildInputs(__dirname);
  },
};
const stampBuild: Plugin = { name: 'casebook-stamp-build', apply: 'build', writeBundle: () => buildInputs && writeBuildStamp(__dirname, buildInputs) };
import { DOCUMENT_CONTENT_SECURITY_POLICY } from './src/hosts/security-headers';

/**
 * Writes the app's CSP into the built `index.html` as well as sending it as a header. Build only: the
 * dev server's hot reload injects an inline script the policy would rightly refuse.
 */
const contentSecurityPolicyTag = (): Plugin => ({
  name: 'casebook-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: DOCUMENT_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
});

/**
 * One build produces every host: the Electron main process plus the Node-only
 * entry points (CLI, web host, launcher) share the main bundle's output folder
 * so they reuse the same externalised dependencies.
 */
export default defineConfig({
  main: {
    build: {
      // Bundled rather than loaded from node_modules: every command needs commander, most need zod, and
      // one chunk starts much faster than hundreds of small files. The heavy stacks (pdfmake, pdf-lib,
      // sharp, nodemailer …) stay external and are imported only where a command renders or reads.
      externalizeDeps: { exclude: ['commander', 'zod', 'proper-lockfile', 'ulid'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
          launch: resolve(__dirname, 'src/hosts/launcher/launch.ts'),
        },
      },
    },
    plugins: [readBuildInputs],
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      // electron-vite leaves the renderer unminified; minified, the first screen downloads and parses
      // less than half the code. Routes, case tabs and viewers are split into lazy chunks (React.lazy).
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    css: {
      postcss: {
        plugins: [
          mantinePreset(),
          simpleVars({
            variables: {
              'mantine-breakpoint-xs': '36em',
              'mantine-breakpoint-sm': '48em',
              'mantine-breakpoint-md': '62em',
              'mantine-breakpoint-lg': '75em',
              'mantine-breakpoint-xl': '88em',
            },
          }),
        ],
      },
    },
    plugins: [react(), contentSecurityPolicyTag(), stampBuild],
  },
});
