import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // electron-vite bundles its config to a temporary electron.vite.config.ts.<time>.mjs beside it while it builds,
  // which `npm test` runs side by side with this lint.
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'electron.vite.config.ts.*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs under every host; it must never reach for Electron or the UI.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src/core is host-neutral: Electron belongs in electron/.' }],
          patterns: [
            { group: ['electron/*'], message: 'src/core is host-neutral: Electron belongs in electron/.' },
            { group: ['**/renderer', '**/renderer/**', 'react', 'react-dom', '@mantine/*'], message: 'src/core must not depend on the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The shared contract is imported by the renderer too: no Node built-ins there.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'electron', 'better-sqlite3'], message: 'src/shared runs in the browser too.' }] }],
    },
  },
);
