import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nowChinaIso } from '../../shared/validation/date-time';
import { APP_VERSION } from '../app-version';
import { AUDIT_LOG_NAME } from '../audit/audit-log';
import { TRANSFER_MANIFEST, type TransferManifest } from '../archive/archive-manifests';
import { auditSnapshot } from '../dossier/archive/audit-head';
import { writeZip, type ZipEntry } from '../dossier/archive/write-zip';
import { hashFile } from '../fs/hash-file';
import { listCaseFiles } from './case-files';

/** The case's own text files shrink well; originals (pictures, PDFs, recordings) are stored as they are. */
export const COMPRESSIBLE = /\.(json|jsonl|txt|md|csv|eml)$/i;

export interface CaseArchiveSource {
  caseDir: string;
  caseId: string;
  folder: string;
}

export interface WrittenCaseArchive {
  size: number;
  sha256: string;
  files: number;
  manifest: TransferManifest;
}

export interface TransferProgress {
  done: number;
  total: number;
}

/**
 * Writes a case transfer archive to `path` (created, never overwritten): every file of the case
 * folder under its path inside the folder (see `listCaseFiles` for what stays behind) and
 * `transfer-manifest.json` with each file's size and SHA-256 and the audit log's chain head. Each
 * file is hashed first and checked again while it is archived, so the archive holds exactly what its
 * manifest lists. The caller holds the case lock, so the folder does not change meanwhile, and
 * removes `path` if this fails.
 */
export async function writeCaseArchive(
  source: CaseArchiveSource,
  path: string,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: TransferProgress) => void } = {},
): Promise<WrittenCaseArchive> {
  const files = await listCaseFiles(source.caseDir);
  const hashed = [];
  for (const file of files) {
    signal?.throwIfAborted();
    hashed.push({ ...file, sha256: await hashFile(file.file) });
    onProgress?.({ done: hashed.length, total: files.length * 2 });
  }
  const audit = auditSnapshot(await readFile(join(source.caseDir, AUDIT_LOG_NAME)).catch(() => Buffer.alloc(0)));
  const manifest: TransferManifest = {
    format: 'casebook-case',
    formatVersion: 1,
    tool: { name: 'casebook', version: APP_VERSION },
    caseId: source.caseId,
    caseFolder: source.folder,
    createdAt: nowChinaIso(),
    auditHead: audit.head,
    files: hashed.map(({ path: name, size, sha256 }) => ({ path: name, size, sha256 })),
  };
  const entries: ZipEntry[] = [
    { name: TRANSFER_MANIFEST, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), compress: true, mtime: new Date() },
    ...hashed.map((file) => ({ name: file.path, file: file.file, sha256: file.sha256, compress: COMPRESSIBLE.test(file.path), mtime: file.mtime })),
  ];
  const written = await writeZip(entries, path, {
    ...(signal ? { signal } : {}),
    onFile: (done) => onProgress?.({ done: files.length + done, total: files.length * 2 }),
  });
  return { ...written, files: files.length, manifest };
}
