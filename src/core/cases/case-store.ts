import { lstat, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseRecord } from '../../shared/domain/case';
import { errorMessages } from '../../shared/messages/errors';
import { AUDIT_LOG_NAME, chainEntries, GENESIS, serializeEntries, sha256Hex, type AuditHead } from '../audit/audit-log';
import { fsyncDirectory, sweepTempFiles } from '../fs/atomic-write';
import { crashPoint } from '../fs/crash-point';
import { stampOf, statStamp, type FileStamp } from '../fs/file-stamp';
import { processTag, tagState } from '../fs/process-identity';
import { parseCaseFile, serializeCaseFile } from './case-file';
import { caseFolderBaseName, uniqueFolderName } from './case-folder-name';
import { hasLockFile, withCaseLock } from './case-lock';

import { CASE_FILE_NAME, listCaseFolders } from './case-folder-layout';

export { CASE_FILE_NAME };
/** Created empty with every case, so the person finds the same layout in each folder. */
export const CASE_SUBFOLDERS = ['evidence', 'letters', 'exports'] as const;
/** A case being created is assembled in `cases/.new-<id>.<process tag>/`, hidden from the listing. */
const NEW_CASE_PREFIX = '.new-';
/** A leftover whose owner cannot be checked (another machine) is removed once this old. */
const LEFTOVER_GRACE_MS = 60_000;

/** Writes a file that nobody else can see yet (a staged case folder): create, write, fsync. */
async function writeDurably(path: string, data: string, flag = 'wx'): Promise<void> {
  const handle = await open(path, flag);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export type CaseFolderRead =
  | { ok: true; folder: string; record: CaseRecord; fromVersion: number; stamp: FileStamp }
  | { ok: false; folder: string; reason: string; stamp?: FileStamp };

/**
 * The case folders under `cases/`: plain files that are the source of truth (the index can always be
 * rebuilt from them). Knows the folder layout and the file format; knows nothing about the index.
 */
export class CaseStore {
  constructor(readonly casesDir: string) {}

  pathOf(folder: string): string {
    return join(this.casesDir, folder);
  }

  casePathOf(folder: string): string {
    return join(this.casesDir, folder, CASE_FILE_NAME);
  }

  /** Names of the case folders: real directories only (symlinks are never followed), no hidden entries. */
  async listFolders(): Promise<string[]> {
    return listCaseFolders(this.casesDir);
  }

  async folderExists(folder: string): Promise<boolean> {
    try {
      return (await lstat(this.pathOf(folder))).isDirectory();
    } catch {
      return false;
    }
  }

  /** The stamp of a folder's `case.json`, or undefined when there is none. */
  stamp(folder: string): Promise<FileStamp | undefined> {
    return statStamp(this.casePathOf(folder));
  }

  /**
   * Reads and validates a folder's `case.json`. The stamp comes from the same open file as the
   * content, so a concurrent atomic replace can never pair new metadata with old content.
   */
  async read(folder: string): Promise<CaseFolderRead> {
    let text: string;
    let stamp: FileStamp;
    try {
      const handle = await open(this.casePathOf(folder), 'r');
      try {
        stamp = stampOf(await handle.stat());
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      const reason = code === 'ENOENT' ? errorMessages.caseFileMissing : errorMessages.caseFileUnreadable(code);
      return { ok: false, folder, reason };
    }
    const parsed = parseCaseFile(text);
    return parsed.ok ? { ...parsed, folder, stamp } : { ok: false, folder, reason: parsed.reason, stamp };
  }

  /**
   * Creates the folder of a new case, complete with its subfolders, `case.json` and the audit log's
   * first line, in one step: everything is written (and fsynced) in a hidden folder beside the case
   * folders, which is then renamed to its name. So a crash leaves either the whole case or a hidden
   * leftover that the next open removes — never a case without its audit log. A rename onto a name
   * another process took first fails, and the next suffix is tried.
   *
   * The folder name is fixed here and never changes, even when the platform or order number is
   * corrected later: people refer to the folder from outside the app (file managers, shortcuts,
   * notes, letters sent, sync and backup tools), and renaming it would break all of those.
   */
  async create(record: CaseRecord): Promise<{ folder: string; stamp: FileStamp; head: AuditHead }> {
    const base = caseFolderBaseName(record);
    const taken = new Set(await this.listFolders());
    const caseJson = serializeCaseFile(record);
    const staging = join(this.casesDir, `${NEW_CASE_PREFIX}${record.id}.${processTag()}`);
    await mkdir(staging);
    try {
      for (const sub of CASE_SUBFOLDERS) await mkdir(join(staging, sub));
      await writeDurably(join(staging, CASE_FILE_NAME), caseJson);
      for (;;) {
        const folder = uniqueFolderName(base, taken);
        const [entry] = chainEntries({ seq: 0, hash: GENESIS }, record.createdAt, [
          { action: 'case.create', target: record.id, detail: { folder }, files: { [CASE_FILE_NAME]: sha256Hex(caseJson) } },
        ]);
        await writeDurably(join(staging, AUDIT_LOG_NAME), serializeEntries([entry!]), 'w');
        for (const sub of CASE_SUBFOLDERS) await fsyncDirectory(join(staging, sub));
        await fsyncDirectory(staging);
        crashPoint('staged');
        if (await this.publish(staging, folder)) {
          crashPoint('case-published');
          await fsyncDirectory(this.casesDir);
          const stamp = await this.stamp(folder);
          if (!stamp) throw Object.assign(new Error(`${this.casePathOf(folder)} vanished after writing`), { code: 'EIO' });
          return { folder, stamp, head: { lines: entry!.seq, sha256: entry!.hash } };
        }
        taken.add(folder);
      }
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      // The hidden folder means nothing to the person; where the case was to be created does.
      const errno = error as NodeJS.ErrnoException;
      if (errno.code) errno.path = this.casesDir;
      throw error;
    }
  }

  /** Renames a staged case folder to `folder`; false when that name is taken (checked first: a rename would replace an empty folder). */
  private async publish(staging: string, folder: string): Promise<boolean> {
    if (await this.exists(folder)) return false;
    try {
      await rename(staging, this.pathOf(folder));
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTEMPTY' || code === 'EPERM') return false;
      throw error;
    }
  }

  private async exists(folder: string): Promise<boolean> {
    return lstat(this.pathOf(folder)).then(
      () => true,
      () => false,
    );
  }

  /** `waitMs`: how long to wait for a live holder before "busy" (recovery at open does not wait long). */
  withLock<T>(folder: string, work: () => Promise<T>, options?: { waitMs?: number }): Promise<T> {
    return withCaseLock(this.pathOf(folder), folder, work, options);
  }

  /**
   * Removes what crashes left that nobody will finish: hidden folders of case creations and of dossier
   * exports whose process is gone (or, when that cannot be told, that are old), and temp files in case folders that no lock
   * protects (a locked case is recovered by whoever takes over its lock, see `recoverAfterCrash`).
   */
  async sweepLeftovers(now = Date.now()): Promise<void> {
    const entries = await readdir(this.casesDir, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const path = join(this.casesDir, entry.name);
        if (entry.isDirectory() && entry.name.startsWith(NEW_CASE_PREFIX)) {
          await removeIfAbandoned(path, entry.name, now);
          return;
        }
        if (!entry.isDirectory() || entry.name.startsWith('.')) return;
        await this.sweepExports(join(path, 'exports'), now);
        if (await hasLockFile(path)) return;
        const letters = join(path, 'letters');
        const letterFolders = await readdir(letters, { withFileTypes: true }).catch(() => []);
        const dirs = [path, join(path, 'timestamps'), letters, ...letterFolders.filter((sub) => sub.isDirectory()).map((sub) => join(letters, sub.name))];
        await Promise.all(dirs.map((dir) => sweepTempFiles(dir, now)));
      }),
    );
  }

  /**
   * Dossier exports assembled out of sight (`exports/.<id>.<process>`, see `DossierService.export`)
   * whose process is gone, and old temp files in published export folders (left by earlier versions,
   * which wrote exports in place).
   */
  private async sweepExports(exportsDir: string, now: number): Promise<void> {
    const entries = (await readdir(exportsDir, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory());
    await Promise.all(
      entries.map((entry) =>
        entry.name.startsWith('.') ? removeIfAbandoned(join(exportsDir, entry.name), entry.name, now) : sweepTempFiles(join(exportsDir, entry.name), now),
      ),
    );
  }
}

/**
 * Removes a hidden folder a write assembles (`<name>.<process tag>`) once the process that made it is
 * gone, or, when that cannot be told (another machine), once it is old.
 */
async function removeIfAbandoned(path: string, name: string, now: number): Promise<void> {
  const owner = tagState(name.slice(name.lastIndexOf('.') + 1));
  const old = now - ((await stat(path).catch(() => undefined))?.mtimeMs ?? now) > LEFTOVER_GRACE_MS;
  if (owner === 'dead' || (owner === 'unknown' && old)) await rm(path, { recursive: true, force: true }).catch(() => {});
}
