import { lstat, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import { backupMessages as m } from '../../shared/messages/backup';
import { transferMessages } from '../../shared/messages/archives';
import { BACKUP_MANIFEST, parseBackupManifest, type BackupManifest } from '../archive/archive-manifests';
import { ArchiveRefusal } from '../archive/archive-refusal';
import { entryNameProblem } from '../archive/entry-rules';
import { SafeZip, type ArchiveLimits } from '../archive/safe-zip';
import { AUDIT_LOG_NAME } from '../audit/audit-log';
import { CASE_SUBFOLDERS } from '../cases/case-store';
import { auditSnapshot } from '../dossier/archive/audit-head';
import { fsyncDirectory } from '../fs/atomic-write';
import { hashFile } from '../fs/hash-file';
import { createStaging } from '../transfer/staging';
import { checkListedEntries, readManifestBytes, unpackListed } from '../transfer/unpack-listed';
import type { TransferProgress } from '../transfer/write-case-archive';
import { updateBackupSettings } from './backup-settings';
import { BACKUP_INDEX, backupCasePath, integrityCheck, WORKSPACE_FILE } from './write-backup';

/** A workspace is bigger than a case: many cases, each with its recordings. */
export const RESTORE_LIMITS: ArchiveLimits = { maxEntries: 1_000_000, maxTotalBytes: 256 * 1024 ** 3 };
/** Evidence originals and trusted timestamps, kept read-only as the app keeps them. */
const ORIGINAL = /^cases\/[^/]+\/(evidence|timestamps)\/[^/]+$/;

export interface RestoreOptions {
  limits?: ArchiveLimits;
  signal?: AbortSignal;
  onProgress?: (progress: TransferProgress) => void;
}

export interface RestoredFiles {
  workspace: string;
  manifest: BackupManifest;
  index: 'restored' | 'rebuilt';
}

/** Every path of the backup is one the layout allows: a listed case's file, the index copy, a workspace settings file. */
function checkLayout(zip: SafeZip, manifest: BackupManifest): void {
  const folders = new Set<string>();
  for (const { folder } of manifest.cases) {
    if (folder.includes('/') || entryNameProblem(folder) || folders.has(folder)) throw new ArchiveRefusal('manifest-invalid', zip.path, BACKUP_MANIFEST);
    folders.add(folder);
  }
  for (const { path } of manifest.files) {
    const [top, name, ...rest] = path.split('/');
    const fits =
      path === BACKUP_INDEX ||
      (top === 'workspace' && name !== undefined && rest.length === 0 && WORKSPACE_FILE.test(name)) ||
      (top === 'cases' && name !== undefined && folders.has(name) && rest.length > 0);
    if (!fits) throw new ArchiveRefusal('manifest-mismatch', zip.path, path);
  }
}

/** The workspace folder is absent, or an empty folder: a restore never mixes with what is there. */
async function checkEmpty(root: string): Promise<boolean> {
  const found = await lstat(root).catch(() => undefined);
  if (!found) return false;
  if (!found.isDirectory()) throw new ApiFailure('invalid', m.notAFolder(root));
  if ((await readdir(root)).length > 0) throw new ApiFailure('invalid', m.workspaceNotEmpty(root));
  return true;
}

/**
 * Restores a workspace backup into `dir`, which must be absent or empty. The backup is read safely
 * (`SafeZip`), must hold exactly what `backup-manifest.json` lists, each file hashing to its SHA-256
 * as it is written, and each case's audit log must be an intact chain ending at the recorded head —
 * otherwise it is refused and `dir` is left as it was (removed if it did not exist). Everything is
 * unpacked into a staging folder first and then renamed into place. The index copy is used if it
 * passes `PRAGMA integrity_check`; otherwise the index is rebuilt from the folders when the workspace
 * opens. Verifying each case is the caller's next step, on the opened workspace.
 */
export async function restoreBackup(dir: string, archive: string, { limits = RESTORE_LIMITS, signal, onProgress }: RestoreOptions = {}): Promise<RestoredFiles> {
  const root = resolve(dir);
  const source = resolve(archive);
  if (!(await stat(source).catch(() => undefined))?.isFile()) throw new ApiFailure('invalid', transferMessages.archiveNotFound(source));
  const existed = await checkEmpty(root);
  await mkdir(root, { recursive: true });
  try {
    const staging = await createStaging(root, 'restore');
    let manifest: BackupManifest;
    const zip = await SafeZip.open(source, limits);
    try {
      const { bytes } = await readManifestBytes(zip, BACKUP_MANIFEST);
      const parsed = parseBackupManifest(bytes);
      if (!parsed) throw new ArchiveRefusal('manifest-invalid', source, BACKUP_MANIFEST);
      manifest = parsed;
      checkListedEntries(zip, BACKUP_MANIFEST, manifest.files);
      checkLayout(zip, manifest);
      await unpackListed(zip, manifest.files, staging, { readOnly: (path) => ORIGINAL.test(path), signal, onProgress });
    } finally {
      zip.close();
    }
    for (const { folder, auditHead } of manifest.cases) {
      const caseDir = join(staging, ...backupCasePath(folder).split('/'));
      for (const sub of CASE_SUBFOLDERS) await mkdir(join(caseDir, sub), { recursive: true });
      const audit = auditSnapshot(await readFile(join(caseDir, AUDIT_LOG_NAME)).catch(() => Buffer.alloc(0)));
      if (audit.broken || audit.head.sha256 !== auditHead.sha256 || audit.head.lines !== auditHead.lines) {
        throw new ArchiveRefusal('audit-mismatch', source, backupCasePath(folder, AUDIT_LOG_NAME));
      }
    }
    const indexCopy = join(staging, BACKUP_INDEX);
    const indexOk = manifest.files.some((file) => file.path === BACKUP_INDEX) && integrityCheck(indexCopy) === 'ok';

    // Into place: the folders in one rename, then the index and the settings beside it.
    const casebookDir = join(root, '.casebook');
    await mkdir(join(staging, 'cases'), { recursive: true });
    await rename(join(staging, 'cases'), join(root, 'cases'));
    if (indexOk) await rename(indexCopy, join(casebookDir, BACKUP_INDEX));
    for (const name of await readdir(join(staging, 'workspace')).catch(() => [] as string[])) await rename(join(staging, 'workspace', name), join(casebookDir, name));
    await rm(staging, { recursive: true, force: true });
    await fsyncDirectory(root);
    await updateBackupSettings(root, {
      lastBackup: { at: manifest.createdAt, archive: source, size: (await stat(source)).size, sha256: await hashFile(source), cases: manifest.cases.length, restored: true },
    });
    return { workspace: root, manifest, index: indexOk ? 'restored' : 'rebuilt' };
  } catch (error) {
    // The folder was empty (or absent) before: everything in it now came from this restore.
    if (existed) for (const name of await readdir(root).catch(() => [] as string[])) await rm(join(root, name), { recursive: true, force: true });
    else await rm(root, { recursive: true, force: true });
    throw error;
  }
}
