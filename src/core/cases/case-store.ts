import { readdirSync, type Dirent } from 'node:fs';
import { lstat, mkdir, open, readdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseRecord } from '../../shared/domain/case';
import { errorMessages } from '../../shared/messages/errors';
import { sweepTempFiles, writeFileAtomic } from '../fs/atomic-write';
import { stampOf, statStamp, type FileStamp } from '../fs/file-stamp';
import { parseCaseFile, serializeCaseFile } from './case-file';
import { caseFolderBaseName, uniqueFolderName } from './case-folder-name';
import { withCaseLock } from './case-lock';

export const CASE_FILE_NAME = 'case.json';
/** Created empty with every case, so the person finds the same layout in each folder. */
export const CASE_SUBFOLDERS = ['evidence', 'letters', 'exports'] as const;

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
    const entries = await readdir(this.casesDir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
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

  /** Writes `record` as the folder's `case.json` (atomically) and returns the new file's stamp. */
  async write(folder: string, record: CaseRecord): Promise<FileStamp> {
    const path = this.casePathOf(folder);
    await writeFileAtomic(path, serializeCaseFile(record));
    const stamp = await this.stamp(folder);
    if (!stamp) throw Object.assign(new Error(`${path} vanished after writing`), { code: 'EIO', path });
    return stamp;
  }

  /**
   * Creates the folder of a new case with its subfolders and `case.json`. The name is reserved with a
   * non-recursive mkdir, which fails if another process took it first; then the next suffix is tried.
   *
   * The folder name is fixed here and never changes, even when the platform or order number is
   * corrected later: people refer to the folder from outside the app (file managers, shortcuts,
   * notes, letters sent, sync and backup tools), and renaming it would break all of those.
   */
  async create(record: CaseRecord): Promise<{ folder: string; stamp: FileStamp }> {
    const base = caseFolderBaseName(record);
    const taken = new Set(await this.listFolders());
    for (;;) {
      const folder = uniqueFolderName(base, taken);
      try {
        await mkdir(this.pathOf(folder));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        taken.add(folder);
        continue;
      }
      try {
        for (const sub of CASE_SUBFOLDERS) await mkdir(join(this.pathOf(folder), sub));
        return { folder, stamp: await this.write(folder, record) };
      } catch (error) {
        await this.removeEmptyFolder(folder);
        throw error;
      }
    }
  }

  /**
   * Undoes a creation that failed (disk full, read-only): only empty directories are removed, one by
   * one without recursion, so this can never delete a file someone put there in the meantime.
   */
  private async removeEmptyFolder(folder: string): Promise<void> {
    for (const sub of CASE_SUBFOLDERS) await rmdir(join(this.pathOf(folder), sub)).catch(() => {});
    await rmdir(this.pathOf(folder)).catch(() => {});
  }

  withLock<T>(folder: string, work: () => Promise<T>): Promise<T> {
    return withCaseLock(this.pathOf(folder), folder, work);
  }

  /**
   * Removes temp files left by a crash mid-write: in every case folder, its `letters/` index and each
   * letter's folder (where versions are written), and each dossier export's folder. Evidence never has temp files: it is staged apart.
   */
  async sweepTempFiles(): Promise<void> {
    const folders = await this.listFolders();
    await Promise.all(
      folders.map(async (folder) => {
        // Letters are written into letters/<letter>/, dossier exports into exports/<export>/; each
        // folder is listed once and its listing reused for the sweep.
        const sweepWithSubfolders = (name: string) => {
          const dir = join(this.pathOf(folder), name);
          const entries = listEntries(dir);
          const subfolders = entries.filter((entry) => entry.isDirectory()).map((entry) => join(dir, entry.name));
          return [sweepTempFiles(dir, undefined, entries.map((entry) => entry.name)), ...subfolders.map((sub) => sweepTempFiles(sub))];
        };
        await Promise.all([
          sweepTempFiles(this.pathOf(folder)),
          sweepTempFiles(join(this.pathOf(folder), 'timestamps')),
          ...sweepWithSubfolders('letters'),
          ...sweepWithSubfolders('exports'),
        ]);
      }),
    );
  }
}

/** A folder's entries, or none when it cannot be listed (a case without `letters/` yet). */
function listEntries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
