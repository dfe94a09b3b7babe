import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { tempDir, undoLater } from './temp-dir';

/**
 * Real disk-full and read-only conditions, as the reliability notes ask: a tiny tmpfs, and read-only
 * (bind) mounts. Needs root (mount); tests use `describe.skipIf(!canMount)` elsewhere.
 */
function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const probe = tempDir();
export const canMount = mountTmpfs(probe, '512k');
if (canMount) execFileSync('umount', [probe]);

const unmountLater = (dir: string) => undoLater(() => execFileSync('umount', ['-l', dir]));

/** A fresh tmpfs of `size` (mount syntax: `512k`, `32m`), unmounted after the test. */
export function tinyDisk(size = '512k'): string {
  const disk = tempDir();
  if (!mountTmpfs(disk, size)) throw new Error(`cannot mount a tmpfs on ${disk}`);
  unmountLater(disk);
  return disk;
}

/** Makes `dir` (a folder on a mounted disk) read-only through a bind mount, undone after the test. */
export function makeReadOnly(dir: string): void {
  execFileSync('mount', ['--bind', dir, dir]);
  unmountLater(dir);
  execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
}

/** Fills the file system until it refuses another byte. */
export function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}
