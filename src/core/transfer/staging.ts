import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import { CASE_LOCK_NAME, sweepLockLeftovers, withCaseLock } from '../cases/case-lock';

/**
 * Where imports and restores unpack before their result is renamed into place: inside the workspace
 * (so the rename never crosses file systems) and outside `cases/` (so nothing half-written is ever
 * listed as a case).
 */
export const stagingRoot = (workspaceRoot: string): string => join(workspaceRoot, '.casebook', 'staging');

export type StagingKind = 'import' | 'restore' | 'backup' | 'upload';
const STAGING_NAME = /^(import|restore|backup|upload)-(\d+)-/;

/**
 * A new empty folder for one import, named after this process so a later sweep can tell whether it is
 * still at work. Made like any folder (not `mkdtemp`, which makes it private): an import's staging
 * folder becomes the case folder.
 */
export async function createStaging(workspaceRoot: string, kind: StagingKind): Promise<string> {
  const root = stagingRoot(workspaceRoot);
  await mkdir(root, { recursive: true });
  const dir = join(root, `${kind}-${process.pid}-${randomBytes(6).toString('hex')}`);
  await mkdir(dir);
  return dir;
}

/** Whether the process a staging folder names has ended (its PID runs nothing we can see). */
function ownerGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes what imports and restores killed mid-way left behind (their process is gone): a crash
 * never leaves a half-imported case, only a staging folder and the import lock, and this is where
 * they go. Folders and the lock of a process still running (the CLI importing beside the app) are
 * left alone.
 */
export async function sweepStaging(workspaceRoot: string): Promise<string[]> {
  const root = stagingRoot(workspaceRoot);
  const names = await readdir(root).catch(() => [] as string[]);
  const removed: string[] = [];
  // A kill while taking the lock leaves its private file instead.
  await sweepLockLeftovers(root);
  if (names.includes(CASE_LOCK_NAME)) {
    // Taking the lock over from a dead importer, then letting it go, removes it; a live one keeps it (busy).
    await withCaseLock(root, 'staging', async () => {}, { waitMs: 0 }).catch((error: unknown) => {
      if (!(error instanceof ApiFailure)) throw error;
    });
  }
  for (const name of names) {
    const match = STAGING_NAME.exec(name);
    if (!match || !ownerGone(Number(match[2]))) continue;
    await rm(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
