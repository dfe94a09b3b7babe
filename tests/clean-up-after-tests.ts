import { afterAll, afterEach, vi } from 'vitest';
import { runFileCleanups, runTestCleanups } from './core/temp-dir';

// A setup file runs for every test file, even for files that share a worker's modules.
afterEach(runTestCleanups);
afterAll(runFileCleanups);
// Vitest restores spies after each file by itself, but not stubs or a fake clock: those would reach
// the next file in a shared worker.
afterAll(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.useRealTimers();
});
