import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { useRamDiskForScratch } from './fast-scratch';

const root = new URL('..', import.meta.url).pathname;
const TEST_FILE = /\.test\.tsx?$/;

/**
 * Test files that replace modules or process-wide state (module mocks, spies, stubbed globals or environment,
 * fake timers, a changed working directory or environment variable, a DOM): each runs in a fresh worker,
 * so nothing it changes reaches another file. Found by reading the files, so a new one is never missed.
 */
const CHANGES_THE_PROCESS = /vi\.(mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers)\b|process\.chdir|process\.env\.\w+\s*=[^=]|@vitest-environment/;

function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === 'tests/e2e' ? [] : testFiles(path);
    return TEST_FILE.test(entry.name) ? [path] : [];
  });
}

useRamDiskForScratch();

const isolated = testFiles('tests').filter((file) => CHANGES_THE_PROCESS.test(readFileSync(join(root, file), 'utf8')));

const common = {
  root,
  environment: 'node',
  // Hang detectors, not speed checks (speed lives in `npm run bench`): on a busy 2-core machine a
  // test that spawns the CLI, renders PDFs or drives a jsdom form takes many times its idle time.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  setupFiles: ['tests/clean-up-after-tests.ts'],
};

export default defineConfig({
  test: {
    // Two cores: keep parallelism modest so child-process tests are not starved.
    maxWorkers: 2,
    projects: [
      { test: { ...common, name: 'isolated', include: isolated } },
      // The rest share a worker's loaded modules from file to file: starting a worker and loading the core
      // again for each of them cost more than half of their time.
      {
        test: {
          ...common,
          name: 'shared',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...isolated],
          isolate: false,
        },
      },
    ],
  },
});
