import { afterAll, afterEach } from 'vitest';
import { runFileCleanups, runTestCleanups } from './core/temp-dir';

// A setup file runs for every test file, even for files that share a worker's modules.
afterEach(runTestCleanups);
afterAll(runFileCleanups);
