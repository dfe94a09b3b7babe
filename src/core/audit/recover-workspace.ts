import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { hasLockFile, sweepLockLeftovers } from '../cases/case-lock';
import type { CaseStore } from '../cases/case-store';
import { STAGING_DIR } from '../evidence/stage-copy';
import { discardDeadStaging } from './audit-recovery';

/** A case another live process holds is recovered on a later open; opening does not wait long for it. */
const OPEN_WAIT_MS = 300;

export interface WorkspaceRecovery {
  /** Cases where something a crash left was recovered or removed. */
  recovered: string[];
  /** Cases that could not be recovered now (locked by another live process, read-only …); tried again on the next open. */
  skipped: { folder: string; reason: string }[];
}

/** The traces a crash leaves in a case folder: its lock, or copies in `.staging/`. */
async function showsCrash(caseDir: string): Promise<boolean> {
  if (await hasLockFile(caseDir)) return true;
  return readdir(join(caseDir, STAGING_DIR)).then(
    (names) => names.length > 0,
    () => false,
  );
}

/**
 * At open: every case with traces of a crash is locked once, which recovers it if its lock was left
 * by a process that died (see `withCaseLock`), and staged copies no live process will commit are
 * removed. Only folders with traces are touched, so opening a large workspace stays a couple of cheap
 * checks per folder; a case that cannot be recovered now never fails the open.
 */
export async function recoverWorkspace(store: CaseStore): Promise<WorkspaceRecovery> {
  const folders = await store.listFolders();
  await Promise.all(folders.map((folder) => sweepLockLeftovers(store.pathOf(folder))));
  const traced = await Promise.all(folders.map((folder) => showsCrash(store.pathOf(folder))));
  const result: WorkspaceRecovery = { recovered: [], skipped: [] };
  await Promise.all(
    folders
      .filter((_, i) => traced[i])
      .map(async (folder) => {
        try {
          await store.withLock(folder, () => discardDeadStaging(store.pathOf(folder)), { waitMs: OPEN_WAIT_MS });
          result.recovered.push(folder);
        } catch (error) {
          result.skipped.push({ folder, reason: error instanceof Error ? error.message : String(error) });
        }
      }),
  );
  return result;
}
