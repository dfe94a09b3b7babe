import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { monotonicFactory } from 'ulid';
import type { PurgedCase } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import { trashMessages } from '../../shared/messages/trash';
import { appendOrStartAudit, readAudit } from '../audit/audit-log';
import { readEvidenceSnapshot } from '../evidence/evidence-snapshot';
import { fsyncDirectory, renameWithRetry } from '../fs/atomic-write';
import type { CaseIndex } from '../index/case-index';
import { withCaseLock } from './case-lock';
import type { CaseService } from './case-service';

/** What went with a purged case, for the workspace audit log: counts only, no personal data. */
interface Lost {
  files: number;
  bytes: number;
  evidenceFiles: number;
  letterFiles: number;
}

/** Where a purged case folder waits, out of `cases/`, until it is removed: `<workspace>/.casebook/purging/`. */
const PURGING_DIR = 'purging';

/** Counts the files of a folder without following symbolic links. */
async function countFiles(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = await countFiles(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += (await lstat(path)).size;
    }
  }
  return { files, bytes };
}

/**
 * Deleting trashed cases for good (they may hold ID numbers and the person wants them gone). Only a
 * case in the trash can go; evidence inside a live case is never deleted, only moved to its trash.
 *
 * Crash-safe in this order: the folder is renamed out of `cases/` into `.casebook/purging/` (one
 * atomic step: the case is either listed or gone), the purge is appended to the workspace audit log
 * (`.casebook/audit.jsonl`, hash-chained like a case's), the index forgets it, then the files are
 * removed. A crash after the rename leaves a folder in `purging/`, which the next open finishes: it
 * logs the purge if the log does not have it yet, and removes the folder.
 */
export class CasePurge {
  private readonly newId = monotonicFactory();
  private readonly purgingDir: string;

  constructor(
    private readonly cases: CaseService,
    private readonly index: CaseIndex,
    /** The workspace's `.casebook/` folder: its audit log, thumbnails and `purging/` live there. */
    private readonly workspaceDataDir: string,
    private readonly thumbnailDir: string,
  ) {
    this.purgingDir = join(workspaceDataDir, PURGING_DIR);
  }

  /** Purges the given cases (ids or folder names), or every case in the trash; stops at the first refusal. */
  async purge(request: { refs: readonly string[] } | { allTrashed: true }): Promise<PurgedCase[]> {
    const refs = 'refs' in request ? request.refs : this.index.list({ view: 'trashed' }).cases.map((summary) => summary.id);
    const purged: PurgedCase[] = [];
    for (const ref of refs) purged.push(await this.purgeOne(ref));
    return purged;
  }

  /** Finishes purges a crash interrupted: logs any the log lacks, then removes what is left of them. */
  async recover(): Promise<void> {
    const left = await readdir(this.purgingDir).catch(() => [] as string[]);
    if (left.length === 0) return;
    await this.withAuditLock(async () => {
      const logged = new Set(
        (await readAudit(this.workspaceDataDir)).flatMap((line) => {
          try {
            const purgeId = (JSON.parse(line) as { detail?: { purgeId?: unknown } }).detail?.purgeId;
            return typeof purgeId === 'string' ? [purgeId] : [];
          } catch {
            return [];
          }
        }),
      );
      for (const purgeId of left) {
        if (!logged.has(purgeId)) await appendOrStartAudit(this.workspaceDataDir, { action: 'case.purge', detail: { purgeId, recovered: true } });
        await rm(join(this.purgingDir, purgeId), { recursive: true, force: true, maxRetries: 3 });
      }
    });
  }

  private purgeOne(ref: string): Promise<PurgedCase> {
    return this.cases.withCase(ref, async ({ record, path }) => {
      if (record.lifecycle !== 'trashed') throw new ApiFailure('invalid', trashMessages.notTrashed(ref));
      const folder = basename(path);
      const evidence = await readEvidenceSnapshot(path).catch(() => undefined);
      const hashes = evidence?.ok ? evidence.file.items.map((item) => item.sha256) : [];
      const lost: Lost = {
        ...(await countFiles(path)),
        evidenceFiles: (await countFiles(join(path, 'evidence'))).files,
        letterFiles: (await countFiles(join(path, 'letters'))).files,
      };
      // The short id names the parked folder: a case folder's own name may already be near the length limit.
      const purgeId = this.newId();
      await mkdir(this.purgingDir, { recursive: true });
      await renameWithRetry(path, join(this.purgingDir, purgeId));
      await fsyncDirectory(dirname(path));
      await fsyncDirectory(this.purgingDir);
      await this.withAuditLock(() =>
        appendOrStartAudit(this.workspaceDataDir, { action: 'case.purge', target: record.id, detail: { purgeId, folder, title: record.title, ...lost } }),
      );
      this.index.forget(folder);
      await rm(join(this.purgingDir, purgeId), { recursive: true, force: true, maxRetries: 3 });
      await this.dropThumbnails(hashes);
      return { id: record.id, folder, title: record.title };
    });
  }

  /** Thumbnails are pictures of the evidence: those no other case needs go with it. */
  private async dropThumbnails(hashes: readonly string[]): Promise<void> {
    for (const sha256 of new Set(hashes)) {
      if (!this.index.hashInUse(sha256)) await rm(join(this.thumbnailDir, `${sha256}.webp`), { force: true });
    }
  }

  /** The app and the CLI may purge at once: their lines must not interleave in the one log. */
  private withAuditLock<T>(work: () => Promise<T>): Promise<T> {
    return withCaseLock(this.workspaceDataDir, basename(this.workspaceDataDir), work, { busyMessage: trashMessages.auditBusy });
  }
}
