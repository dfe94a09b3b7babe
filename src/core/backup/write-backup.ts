import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/dispatch';
import { backupMessages as m } from '../../shared/messages/backup';
import { nowChinaIso } from '../../shared/validation/date-time';
import { APP_VERSION } from '../app-version';
import { BACKUP_MANIFEST, type BackupManifest } from '../archive/archive-manifests';
import { AUDIT_LOG_NAME } from '../audit/audit-log';
import { parseCaseFile } from '../cases/case-file';
import { CASE_FILE_NAME, type CaseStore } from '../cases/case-store';
import { auditSnapshot } from '../dossier/archive/audit-head';
import { writeZip, type ZipEntry } from '../dossier/archive/write-zip';
import { hashFile } from '../fs/hash-file';
import type { IndexDb } from '../index/index-db';
import { listCaseFiles } from '../transfer/case-files';
import { createStaging } from '../transfer/staging';
import { COMPRESSIBLE, type TransferProgress } from '../transfer/write-case-archive';

/** Names in a backup: the index copy, each case folder under `cases/`, the workspace's own settings under `workspace/`. */
export const BACKUP_INDEX = 'index.sqlite';
export const backupCasePath = (folder: string, path = ''): string => (path ? `cases/${folder}/${path}` : `cases/${folder}`);
export const backupWorkspacePath = (name: string): string => `workspace/${name}`;
/** The workspace's plain settings and logs in `.casebook/` (not the index, thumbnails or staging). */
export const WORKSPACE_FILE = /^[^.][^/]*\.(json|jsonl)$/;

export interface BackupSource {
  root: string;
  store: CaseStore;
  db: IndexDb;
}

export interface WrittenBackup {
  size: number;
  sha256: string;
  files: number;
  manifest: BackupManifest;
}

interface Listed {
  path: string;
  file: string;
  size: number;
  sha256: string;
  mtime: Date;
}

/** `PRAGMA integrity_check` of a database file: `ok`, or the first lines of what SQLite found. */
export function integrityCheck(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).slice(0, 5).join('; ');
  } finally {
    db.close();
  }
}

/**
 * Lists and hashes every case folder, each under its case lock, so each case is taken as it stood at
 * one moment (a write the app makes meanwhile waits for the lock); the zip then checks each file
 * still hashes the same as it streams it in, and fails (nothing written) if one changed after.
 */
async function listCases(store: CaseStore, signal: AbortSignal | undefined): Promise<{ files: Listed[]; cases: BackupManifest['cases'] }> {
  const files: Listed[] = [];
  const cases: BackupManifest['cases'] = [];
  for (const folder of await store.listFolders()) {
    signal?.throwIfAborted();
    await store.withLock(folder, async () => {
      const caseDir = store.pathOf(folder);
      for (const file of await listCaseFiles(caseDir, { keepExports: true })) {
        files.push({ path: backupCasePath(folder, file.path), file: file.file, size: file.size, mtime: file.mtime, sha256: await hashFile(file.file) });
      }
      const audit = auditSnapshot(await readFile(join(caseDir, AUDIT_LOG_NAME)).catch(() => Buffer.alloc(0)));
      const parsed = parseCaseFile(await readFile(join(caseDir, CASE_FILE_NAME), 'utf8').catch(() => ''));
      cases.push({ folder, ...(parsed.ok ? { id: parsed.record.id } : {}), auditHead: audit.head });
    });
  }
  return { files, cases };
}

async function listWorkspaceFiles(root: string): Promise<Listed[]> {
  const dir = join(root, '.casebook');
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: Listed[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !WORKSPACE_FILE.test(entry.name)) continue;
    const file = join(dir, entry.name);
    const { size, mtime } = await stat(file);
    files.push({ path: backupWorkspacePath(entry.name), file, size, mtime, sha256: await hashFile(file) });
  }
  return files;
}

/**
 * Writes a workspace backup to `path` (created, never overwritten; the caller removes it on failure):
 * every case folder, the index copied through SQLite's online backup API and checked with
 * `PRAGMA integrity_check` (a copy that fails it is not written), the workspace settings, and
 * `backup-manifest.json` with each file's size and SHA-256 and each case's audit chain head.
 */
export async function writeBackup(
  { root, store, db }: BackupSource,
  path: string,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: TransferProgress) => void } = {},
): Promise<WrittenBackup> {
  const staging = await createStaging(root, 'backup');
  try {
    const indexCopy = join(staging, BACKUP_INDEX);
    await db.backup(indexCopy);
    const integrity = integrityCheck(indexCopy);
    if (integrity !== 'ok') throw new ApiFailure('damaged', m.indexDamaged(integrity));
    const { files: caseFiles, cases } = await listCases(store, signal);
    const { size: indexSize, mtime: indexTime } = await stat(indexCopy);
    const files = [
      ...caseFiles,
      ...(await listWorkspaceFiles(root)),
      { path: BACKUP_INDEX, file: indexCopy, size: indexSize, mtime: indexTime, sha256: await hashFile(indexCopy) },
    ];
    onProgress?.({ done: 0, total: files.length });
    const manifest: BackupManifest = {
      format: 'casebook-backup',
      formatVersion: 1,
      tool: { name: 'casebook', version: APP_VERSION },
      createdAt: nowChinaIso(),
      cases,
      files: files.map(({ path: name, size, sha256 }) => ({ path: name, size, sha256 })),
    };
    const entries: ZipEntry[] = [
      { name: BACKUP_MANIFEST, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), compress: true, mtime: new Date() },
      ...files.map((file) => ({ name: file.path, file: file.file, sha256: file.sha256, compress: COMPRESSIBLE.test(file.path) || file.path === BACKUP_INDEX, mtime: file.mtime })),
    ];
    const written = await writeZip(entries, path, { ...(signal ? { signal } : {}), onFile: (done) => onProgress?.({ done, total: files.length }) });
    return { ...written, files: files.length, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
