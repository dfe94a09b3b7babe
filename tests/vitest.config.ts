import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Hang detectors, not speed checks (speed lives in `npm run bench`): on a busy 2-core machine a
    // test that spawns the CLI, renders PDFs or drives a jsdom form takes many times its idle time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: keep parallelism modest so child-process tests are not starved.
    maxWorkers: 2,
  },
});
