import { defineConfig } from 'vitest/config';

/** `npm run test:packaging`: packs the app with electron-builder (slow, so not part of `npm test`). */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/packaging/*.check.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
