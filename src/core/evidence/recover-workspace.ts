import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditTailIsTorn } from '../audit/audit-log';
import type { CaseStore } from '../cases/case-store';
import { EvidenceLocker } from './evidence-locker';
import { recoverImports, type RecoveryReport } from './recover-imports';
import { STAGING_DIR } from './stage-copy';

export interface WorkspaceRecovery {
  recovered: { folder: string; report: RecoveryReport }[];
  /** Cases that could not be recovered now (locked by another live process, damaged evidence.json …); tried again on the next open. */
  skipped: { folder: string; reason: string }[];
}

/**
 * The traces an interrupted import leaves: something in `.staging/`, or an audit log ending mid-line.
 * Checked for every case at every open, so synchronously and without an exception for the usual
 * missing `.staging/`.
 */
async function showsInterruptedImport(caseDir: string): Promise<boolean> {
  const staging = join(caseDir, STAGING_DIR);
  const staged = existsSync(staging) && readdirSync(staging).length > 0;
  return staged || auditTailIsTorn(caseDir);
}

/**
 * Finishes or discards interrupted imports in every case of a workspace, at open. Only folders with
 * traces of one are recovered (which takes their case lock), so opening a large workspace stays a
 * couple of cheap checks per folder. A case that cannot be recovered now never fails the open.
 */
export async function recoverInterruptedImports(store: CaseStore): Promise<WorkspaceRecovery> {
  const folders = await store.listFolders();
  const traced = await Promise.all(folders.map((folder) => showsInterruptedImport(store.pathOf(folder))));
  const result: WorkspaceRecovery = { recovered: [], skipped: [] };
  await Promise.all(
    folders
      .filter((_, i) => traced[i])
      .map(async (folder) => {
        const locker = new EvidenceLocker(store.pathOf(folder), (work) => store.withLock(folder, work));
        try {
          result.recovered.push({ folder, report: await recoverImports(locker) });
        } catch (error) {
          result.skipped.push({ folder, reason: error instanceof Error ? error.message : String(error) });
        }
      }),
  );
  return result;
}
