import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseRecord } from '../../shared/domain/case';
import { transferMessages as m } from '../../shared/messages/archives';
import { AUDIT_LOG_NAME } from '../audit/audit-log';
import { parseTransferManifest, TRANSFER_MANIFEST, type TransferManifest } from '../archive/archive-manifests';
import { ArchiveRefusal } from '../archive/archive-refusal';
import { SafeZip, type ArchiveLimits } from '../archive/safe-zip';
import { parseCaseFile } from '../cases/case-file';
import { CASE_FILE_NAME, CASE_SUBFOLDERS } from '../cases/case-store';
import { auditSnapshot } from '../dossier/archive/audit-head';
import type { TransferProgress } from './write-case-archive';
import { checkListedEntries, readManifestBytes, unpackListed } from './unpack-listed';
import { verifyCaseFolder } from './verify-case-folder';

/**
 * A case moved between computers is at most this big unpacked, in this many files: far beyond any
 * real case (hundreds of items, a few recordings), far below what would fill a disk by surprise.
 */
export const IMPORT_LIMITS: ArchiveLimits = { maxEntries: 100_000, maxTotalBytes: 32 * 1024 ** 3 };
/** Originals lie directly in `evidence/`, trusted timestamps in `timestamps/`: both kept read-only, as this computer keeps them. */
const ORIGINAL = /^(evidence|timestamps)\/[^/]+$/;

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

async function readManifest(zip: SafeZip): Promise<{ manifest: TransferManifest; sha256: string }> {
  const { bytes, sha256 } = await readManifestBytes(zip, TRANSFER_MANIFEST);
  const manifest = parseTransferManifest(bytes);
  if (!manifest) throw new ArchiveRefusal('manifest-invalid', zip.path, TRANSFER_MANIFEST);
  return { manifest, sha256 };
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
    const { manifest, sha256: manifestSha256 } = await readManifest(zip);
    checkListedEntries(zip, TRANSFER_MANIFEST, manifest.files);
    if (!manifest.files.some((file) => file.path === CASE_FILE_NAME)) throw new ArchiveRefusal('manifest-mismatch', zip.path, CASE_FILE_NAME);
    await unpackListed(zip, manifest.files, dir, { readOnly: (path) => ORIGINAL.test(path), signal, onProgress });

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
