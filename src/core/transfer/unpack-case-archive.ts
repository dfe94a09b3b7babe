import { createHash } from 'node:crypto';
import { mkdir, readFile, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import type { CaseRecord } from '../../shared/domain/case';
import { transferMessages as m } from '../../shared/messages/archives';
import { AUDIT_LOG_NAME } from '../audit/audit-log';
import { MANIFEST_MAX_BYTES, parseTransferManifest, TRANSFER_MANIFEST, type TransferManifest } from '../archive/archive-manifests';
import { ArchiveRefusal } from '../archive/archive-refusal';
import { SafeZip, type ArchiveFile, type ArchiveLimits } from '../archive/safe-zip';
import { parseCaseFile } from '../cases/case-file';
import { CASE_FILE_NAME, CASE_SUBFOLDERS } from '../cases/case-store';
import { auditSnapshot } from '../dossier/archive/audit-head';
import type { TransferProgress } from './write-case-archive';
import { verifyCaseFolder } from './verify-case-folder';

/**
 * A case moved between computers is at most this big unpacked, in this many files: far beyond any
 * real case (hundreds of items, a few recordings), far below what would fill a disk by surprise.
 */
export const IMPORT_LIMITS: ArchiveLimits = { maxEntries: 100_000, maxTotalBytes: 32 * 1024 ** 3 };
/** Room left for the index, the audit log and the system after the case is unpacked. */
const FREE_SPACE_MARGIN = 64 * 1024 * 1024;
/** Originals lie directly in `evidence/` and are kept read-only, as an import on this computer keeps them. */
const ORIGINAL = /^evidence\/[^/]+$/;

export interface UnpackedCase {
  manifest: TransferManifest;
  /** SHA-256 of `transfer-manifest.json` as it was in the archive: it pins every file's hash. */
  manifestSha256: string;
  record: CaseRecord;
  /** Evidence originals re-hashed by the case check. */
  checked: number;
}

export interface UnpackOptions {
  limits?: ArchiveLimits;
  signal?: AbortSignal;
  onProgress?: (progress: TransferProgress) => void;
}

async function readManifest(zip: SafeZip, byName: ReadonlyMap<string, ArchiveFile>): Promise<{ manifest: TransferManifest; sha256: string }> {
  const file = byName.get(TRANSFER_MANIFEST);
  if (!file) throw new ArchiveRefusal('manifest-missing', zip.path, TRANSFER_MANIFEST);
  if (file.size > MANIFEST_MAX_BYTES) throw new ArchiveRefusal('manifest-invalid', zip.path, TRANSFER_MANIFEST);
  const bytes = await zip.bytes(file);
  const manifest = parseTransferManifest(bytes);
  if (!manifest || new Set(manifest.files.map((listed) => listed.path)).size !== manifest.files.length) {
    throw new ArchiveRefusal('manifest-invalid', zip.path, TRANSFER_MANIFEST);
  }
  return { manifest, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The archive holds exactly the files its manifest lists, at the sizes it lists, and nothing a case folder never has. */
function checkAgainstManifest(zip: SafeZip, manifest: TransferManifest, byName: ReadonlyMap<string, ArchiveFile>): void {
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  for (const file of zip.files) {
    if (file.name === TRANSFER_MANIFEST) continue;
    // Hidden entries are what a case folder holds only while the app works in it (its lock, evidence staging).
    if (file.name.split('/').some((segment) => segment.startsWith('.'))) throw new ArchiveRefusal('unexpected-entry', zip.path, file.name);
    const entry = listed.get(file.name);
    if (!entry || entry.size !== file.size) throw new ArchiveRefusal('manifest-mismatch', zip.path, file.name);
  }
  for (const path of listed.keys()) if (!byName.has(path)) throw new ArchiveRefusal('manifest-mismatch', zip.path, path);
  if (!listed.has(CASE_FILE_NAME)) throw new ArchiveRefusal('manifest-mismatch', zip.path, CASE_FILE_NAME);
}

/**
 * Unpacks a case transfer archive into `dir` (an empty staging folder) and checks it through: the
 * archive is read safely (`SafeZip`), holds exactly what its manifest lists, every file hashes to the
 * manifest's SHA-256 as it is written, the audit log is an intact chain ending at the head the
 * manifest recorded, `case.json` is this case's, and the case passes verify (each original against
 * its import record and the audit log). Anything else is an {@link ArchiveRefusal}; the caller then
 * removes `dir`, so nothing of a refused archive remains.
 */
export async function unpackCaseArchive(archive: string, dir: string, { limits = IMPORT_LIMITS, signal, onProgress }: UnpackOptions = {}): Promise<UnpackedCase> {
  const zip = await SafeZip.open(archive, limits);
  try {
    const byName = new Map(zip.files.map((file) => [file.name, file]));
    const { manifest, sha256: manifestSha256 } = await readManifest(zip, byName);
    checkAgainstManifest(zip, manifest, byName);

    const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
    const disk = await statfs(dir);
    if (disk.bavail * disk.bsize < total + FREE_SPACE_MARGIN) throw new ApiFailure('io', m.diskFull(total));

    for (const [index, listed] of manifest.files.entries()) {
      signal?.throwIfAborted();
      // Every segment passed the entry checks (no `..`, no absolute path), so the join stays inside `dir`.
      const target = join(dir, ...listed.path.split('/'));
      await mkdir(join(target, '..'), { recursive: true });
      const actual = await zip.copyTo(byName.get(listed.path)!, target, ORIGINAL.test(listed.path) ? 0o444 : 0o644);
      if (actual !== listed.sha256) throw new ArchiveRefusal('tampered', archive, listed.path);
      onProgress?.({ done: index + 1, total: manifest.files.length });
    }

    // Empty folders do not travel in a zip; every case has these.
    for (const sub of CASE_SUBFOLDERS) await mkdir(join(dir, sub), { recursive: true });
    const audit = auditSnapshot(await readFile(join(dir, AUDIT_LOG_NAME)).catch(() => Buffer.alloc(0)));
    if (audit.broken || audit.head.lines === 0 || audit.head.sha256 !== manifest.auditHead.sha256 || audit.head.lines !== manifest.auditHead.lines) {
      throw new ArchiveRefusal('audit-mismatch', archive, AUDIT_LOG_NAME);
    }
    const parsed = parseCaseFile(await readFile(join(dir, CASE_FILE_NAME), 'utf8'));
    if (!parsed.ok) throw new ArchiveRefusal('case-damaged', archive, parsed.reason);
    if (parsed.record.id !== manifest.caseId) throw new ArchiveRefusal('manifest-mismatch', archive, CASE_FILE_NAME);
    const report = await verifyCaseFolder(dir);
    if (!report.ok) throw new ArchiveRefusal('case-damaged', archive, m.verifyFailed(report.problems.length));
    return { manifest, manifestSha256, record: parsed.record, checked: report.checked };
  } finally {
    zip.close();
  }
}
