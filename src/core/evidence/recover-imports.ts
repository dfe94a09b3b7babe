import { access, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appendAudit, readAudit, repairTornAuditTail } from '../audit/audit-log';
import { hashFile } from '../fs/hash-file';
import type { EvidenceLocker } from './evidence-locker';
import { discardStaged, STAGING_DIR } from './stage-copy';

/** A staging file this young may be a copy in progress in another process (the CLI beside the app). */
const STAGING_GRACE_MS = 60_000;

export interface RecoveryReport {
  /** Items whose commit was interrupted after `evidence.json` was written; their files were moved into place. */
  completed: string[];
  /** Staging leftovers of imports that never committed, removed. */
  discarded: string[];
  auditTailRepaired: boolean;
}

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Finishes or discards interrupted imports of one case; run at start-up under the case lock.
 * An import is committed once `evidence.json` names it: such an item whose file is still in staging
 * (and hashes right) is moved into place; every other staging file is an import that never
 * committed, and goes.
 */
export async function recoverImports(locker: EvidenceLocker, now = Date.now()): Promise<RecoveryReport> {
  const stagingDir = join(locker.caseDir, STAGING_DIR);
  return locker.withLock(async () => {
    const report: RecoveryReport = { completed: [], discarded: [], auditTailRepaired: await repairTornAuditTail(locker.caseDir) };
    let leftovers: string[];
    try {
      leftovers = await readdir(stagingDir);
    } catch {
      return report;
    }
    if (leftovers.length === 0) return report;
    const file = await locker.read();
    for (const name of leftovers) {
      const path = join(stagingDir, name);
      const item = file.items.find((i) => `${i.id}.part` === name);
      if (item && !(await exists(locker.storedPath(item))) && (await hashFile(path)) === item.sha256) {
        await locker.completeCommit(path, item);
        const logged = (await readAudit(locker.caseDir)).some((line) => line.includes(`"target":"${item.id}"`));
        await appendAudit(locker.caseDir, {
          action: 'evidence.import-recovered',
          target: item.id,
          sha256: item.sha256,
          detail: { importLogged: logged },
        });
        report.completed.push(item.id);
        continue;
      }
      // A copy the index names but that does not hash right is kept for a person to look at (verify
      // reports the item as missing); only copies no entry claims are leftovers.
      if (item && !(await exists(locker.storedPath(item)))) continue;
      const info = await stat(path).catch(() => undefined);
      if (info && now - info.mtimeMs < STAGING_GRACE_MS) continue;
      await discardStaged(path);
      report.discarded.push(name);
    }
    return report;
  });
}
