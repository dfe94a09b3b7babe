import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import mantinePreset from 'postcss-preset-mantine';
import simpleVars from 'postcss-simple-vars';

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
      externalizeDeps: { exclude: ['commander', 'zod'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
          launch: resolve(__dirname, 'src/hosts/launcher/launch.ts'),
        },
      },
    },
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
    plugins: [react()],
  },
});
