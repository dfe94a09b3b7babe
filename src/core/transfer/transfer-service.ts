import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import type { CaseArchiveView, CaseImportView } from '../../shared/domain/transfer';
import { toChinaIso } from '../../shared/validation/date-time';
import { transferMessages as m } from '../../shared/messages/archives';
import { appendAudit } from '../audit/audit-log';
import { sanitizeFolderName, uniqueFolderName } from '../cases/case-folder-name';
import { withCaseLock } from '../cases/case-lock';
import type { CaseService } from '../cases/case-service';
import type { CaseStore } from '../cases/case-store';
import { EXPORTS_DIR } from '../dossier/dossier-service';
import { fsyncDirectory, renameWithRetry } from '../fs/atomic-write';
import { crashPoint } from '../fs/crash-point';
import { hashFile } from '../fs/hash-file';
import type { CaseIndex } from '../index/case-index';
import { createStaging, stagingRoot } from './staging';
import type { UnpackOptions } from './unpack-case-archive';
import type { TransferProgress } from './write-case-archive';
import { verifyCaseFolder } from './verify-case-folder';

/** `<case folder>.casebook.zip`: the name a case transfer archive gets unless the person chose one. */
export const transferArchiveName = (folder: string): string => `${folder}.casebook.zip`;

export interface CaseExportOutcome {
  archive: string;
  size: number;
  sha256: string;
  files: number;
}


const exists = (path: string) => lstat(path).then(() => true, () => false);
/** A folder name another process took between our check and our rename. */
const TAKEN = new Set(['EEXIST', 'ENOTEMPTY', 'EPERM']);

/**
 * Moves whole cases between workspaces (and computers): a transfer archive of a case folder, and the
 * import of one as a new case of this workspace. The zip code is loaded only when one of them runs.
 */
export class TransferService {
  constructor(
    private readonly root: string,
    private readonly store: CaseStore,
    private readonly cases: CaseService,
    private readonly index: CaseIndex,
    /** Brings the index in line with the case folders (a new folder appears in it). */
    private readonly syncIndex: () => Promise<unknown>,
  ) {}

  /**
   * Writes the case's transfer archive to `out` — a file that must not exist yet, or a folder to write
   * `<case folder>.casebook.zip` into — after checking the case with verify, all under the case lock,
   * and records the export in the case's audit log. `replace` lets the app's own copy in `exports/`
   * be replaced by a newer one (the CLI never overwrites).
   */
  async exportCase(
    ref: string,
    out: string,
    options: { signal?: AbortSignal; onProgress?: (progress: TransferProgress) => void; replace?: boolean } = {},
  ): Promise<CaseExportOutcome> {
    const { writeCaseArchive } = await import('./write-case-archive');
    const { ChangedFileError } = await import('../dossier/archive/write-zip');
    const { folder } = await this.cases.locate(ref);
    const given = resolve(out);
    const target = (await stat(given).catch(() => undefined))?.isDirectory() ? join(given, transferArchiveName(folder)) : given;
    if (!options.replace && (await exists(target))) throw new ApiFailure('invalid', m.outExists(target));
    return this.cases.withCase(ref, async ({ record, path }) => {
      const report = await verifyCaseFolder(path);
      if (!report.ok) throw new ApiFailure('damaged', m.exportDamaged(folder, report.problems.length));
      const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
      try {
        const written = await writeCaseArchive({ caseDir: path, caseId: record.id, folder }, temp, options);
        if (!options.replace && (await exists(target))) throw new ApiFailure('invalid', m.outExists(target));
        await renameWithRetry(temp, target);
        await fsyncDirectory(dirname(target));
        await appendAudit(path, {
          action: 'export',
          target: record.id,
          sha256: written.sha256,
          detail: { kind: 'case-transfer', archive: basename(target), files: written.files },
        });
        return { archive: target, size: written.size, sha256: written.sha256, files: written.files };
      } catch (error) {
        await unlink(temp).catch(() => {});
        if (error instanceof ChangedFileError) throw new ApiFailure('damaged', m.changedDuringExport(error.entry));
        throw error;
      }
    });
  }

  /**
   * Imports a case transfer archive as a new case folder. It is unpacked and checked in a staging
   * folder inside the workspace (see `unpackCaseArchive`); only a case that passed every check gets
   * its "imported" audit line and is renamed into `cases/` — under its old folder name, or the next
   * free `-2`, `-3` … — in one step. Whatever fails, the staging folder goes and `cases/` is untouched.
   */
  async importCase(archive: string, options: UnpackOptions = {}): Promise<CaseImportView> {
    const { unpackCaseArchive } = await import('./unpack-case-archive');
    const source = resolve(archive);
    if (!(await stat(source).catch(() => undefined))?.isFile()) throw new ApiFailure('invalid', m.archiveNotFound(source));
    const staging = await createStaging(this.root, 'import');
    try {
      const unpacked = await unpackCaseArchive(source, staging, options);
      const { record, manifest } = unpacked;
      // One importer at a time from here: two imports of the same case must not both find it absent.
      return await withCaseLock(stagingRoot(this.root), basename(source), async () => {
        await this.syncIndex();
        const existing = this.index.resolve(record.id);
        if (existing) throw new ApiFailure('invalid', m.caseExists(existing.folder));
        crashPoint('staged');
        // Into the staged folder's own log, before the rename: the rename publishes a case that already says it was imported.
        await appendAudit(staging, {
          action: 'case.import',
          target: record.id,
          sha256: unpacked.manifestSha256,
          detail: { archive: basename(source), exportedAt: manifest.createdAt, fromFolder: manifest.caseFolder, files: manifest.files.length, tool: manifest.tool.version },
        });
        crashPoint('audited');
        const base = sanitizeFolderName(manifest.caseFolder);
        const taken = new Set(await this.store.listFolders());
        for (;;) {
          const folder = uniqueFolderName(base, taken);
          const path = this.store.pathOf(folder);
          // A name in use is never renamed over; the check and the rename leave a window only another
          // creation of this very name could use, and then the rename fails and the next name is tried.
          if (await exists(path)) {
            taken.add(folder);
            continue;
          }
          try {
            await rename(staging, path);
          } catch (error) {
            if (!TAKEN.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
            taken.add(folder);
            continue;
          }
          crashPoint('case-published');
          await fsyncDirectory(this.store.casesDir);
          await this.syncIndex();
          const originalFolder = manifest.caseFolder;
          return { id: record.id, folder, path, originalFolder, renamed: folder !== originalFolder, files: manifest.files.length, checked: unpacked.checked };
        }
      });
    } finally {
      // Gone already once renamed into `cases/`.
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Where the app keeps a case's transfer archive: in its `exports/` (which a transfer leaves behind). */
  async caseArchivePath(ref: string): Promise<{ id: string; path: string; name: string }> {
    const { id, folder } = await this.cases.locate(ref);
    const name = transferArchiveName(folder);
    return { id, path: join(this.store.pathOf(folder), EXPORTS_DIR, name), name };
  }

  /** 导出案件: the case's transfer archive into its `exports/`, replacing the one made before. */
  async exportToCase(ref: string): Promise<CaseArchiveView> {
    const { id, path } = await this.caseArchivePath(ref);
    await mkdir(dirname(path), { recursive: true });
    const outcome = await this.exportCase(id, path, { replace: true });
    return { name: basename(path), path, size: outcome.size, sha256: outcome.sha256, createdAt: toChinaIso(new Date()), files: outcome.files };
  }

  /** The transfer archive the app made for the case, if there is one. */
  async caseArchive(ref: string): Promise<CaseArchiveView | null> {
    const { path } = await this.caseArchivePath(ref);
    const found = await lstat(path).catch(() => undefined);
    if (!found?.isFile()) return null;
    return { name: basename(path), path, size: found.size, sha256: await hashFile(path), createdAt: toChinaIso(found.mtime) };
  }
}
