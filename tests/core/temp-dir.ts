import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

const afterTest: (() => void)[] = [];
const afterFile: (() => void)[] = [];

/**
 * Undoes something when the test that asked for it ends (asked outside a test — in `beforeAll` or at
 * the top of a file — when the file ends), last registered first: a mount goes before the folder it is
 * mounted on. Run by tests/clean-up-after-tests.ts, a setup file: a hook registered by this module would
 * run only for the first of the test files that share a worker's modules.
 */
export function undoLater(cleanup: () => void): void {
  (expect.getState().currentTestName === undefined ? afterFile : afterTest).push(cleanup);
}

const runAll = (cleanups: (() => void)[]) => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
};
export const runTestCleanups = () => runAll(afterTest);
export const runFileCleanups = () => runAll(afterFile);

/** A fresh folder under the OS temp dir, removed when the test (or, made outside a test, the file) ends. */
export function tempDir(prefix = 'casebook-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  undoLater(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
