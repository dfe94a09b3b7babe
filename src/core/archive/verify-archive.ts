import { resolve } from 'node:path';
import type { ArchiveProblem, ArchiveVerifyReport } from '../../shared/domain/archive';
import { auditSnapshot } from '../dossier/archive/audit-head';
import { ArchiveRefusal } from './archive-refusal';
import {
  BACKUP_MANIFEST,
  DOSSIER_MANIFEST,
  DOSSIER_SUMS,
  MANIFEST_MAX_BYTES,
  readBackupManifest,
  readDossierManifests,
  readTransferManifest,
  TRANSFER_MANIFEST,
  type ManifestReading,
} from './archive-manifests';
import { SafeZip, type ArchiveFile, type ArchiveLimits } from './safe-zip';

/** Verify only reads, so its limits bound the time it takes, not the disk it fills. */
export const VERIFY_LIMITS: ArchiveLimits = { maxEntries: 100_000, maxTotalBytes: 1024 ** 4 };

const unreadable = (error: ArchiveRefusal): ArchiveProblem => ({ kind: 'unreadable', ...error.view() });

async function readManifests(zip: SafeZip, byName: ReadonlyMap<string, ArchiveFile>): Promise<ManifestReading> {
  const small = async (name: string): Promise<Buffer | undefined> => {
    const file = byName.get(name);
    if (!file || file.size > MANIFEST_MAX_BYTES) return undefined;
    return zip.bytes(file);
  };
  if (byName.has(DOSSIER_MANIFEST)) {
    const manifest = await small(DOSSIER_MANIFEST);
    if (!manifest) return { ok: false, name: DOSSIER_MANIFEST, reason: 'invalid' };
    return readDossierManifests(manifest, await small(DOSSIER_SUMS));
  }
  if (byName.has(TRANSFER_MANIFEST)) {
    const manifest = await small(TRANSFER_MANIFEST);
    return manifest ? readTransferManifest(manifest) : { ok: false, name: TRANSFER_MANIFEST, reason: 'invalid' };
  }
  if (byName.has(BACKUP_MANIFEST)) {
    const manifest = await small(BACKUP_MANIFEST);
    return manifest ? readBackupManifest(manifest) : { ok: false, name: BACKUP_MANIFEST, reason: 'invalid' };
  }
  return { ok: false, name: DOSSIER_MANIFEST, reason: 'missing' };
}

/**
 * Checks an archive Casebook wrote — a dossier archive (`manifest.json` and `SHA256SUMS`), a case
 * transfer archive (`transfer-manifest.json`) or a workspace backup (`backup-manifest.json`) — against its manifests: every listed file present
 * with the recorded SHA-256 (and size), no file the manifests do not list, manifest and SHA256SUMS
 * agreeing, and the audit log intact and ending at the chain head the manifest recorded. Reads only;
 * an archive that cannot be read safely is reported as such.
 *
 * @example const report = await verifyArchive('/tmp/20240520-星耀卡盟-KM1-卷宗.zip')
 */
export async function verifyArchive(path: string, limits: ArchiveLimits = VERIFY_LIMITS): Promise<ArchiveVerifyReport> {
  const archive = resolve(path);
  const report = (problems: ArchiveProblem[], checked = 0, extra: Partial<ArchiveVerifyReport> = {}): ArchiveVerifyReport => ({
    ok: problems.length === 0,
    archive,
    ...extra,
    checked,
    problems,
  });
  let zip: SafeZip;
  try {
    zip = await SafeZip.open(archive, limits);
  } catch (error) {
    if (error instanceof ArchiveRefusal) return report([unreadable(error)]);
    throw error;
  }
  try {
    const byName = new Map(zip.files.map((file) => [file.name, file]));
    let reading: ManifestReading;
    try {
      reading = await readManifests(zip, byName);
    } catch (error) {
      if (error instanceof ArchiveRefusal) return report([unreadable(error)]);
      throw error;
    }
    if (!reading.ok) return report([{ kind: 'manifest', name: reading.name, reason: reading.reason }]);
    const { expected } = reading;
    const problems: ArchiveProblem[] = [];
    for (const file of zip.files) if (!expected.files.has(file.name) && !expected.own.has(file.name)) problems.push({ kind: 'extra', name: file.name });
    let checked = 0;
    const intact = new Set<string>();
    for (const [name, wanted] of expected.files) {
      if (wanted.sums !== undefined && wanted.sums !== wanted.sha256) problems.push({ kind: 'sums-disagree', name, manifest: wanted.sha256, sums: wanted.sums });
      const file = byName.get(name);
      if (!file) {
        problems.push({ kind: 'missing', name });
        continue;
      }
      let actual: string;
      try {
        actual = await zip.hash(file);
      } catch (error) {
        if (!(error instanceof ArchiveRefusal)) throw error;
        problems.push(unreadable(error));
        continue;
      }
      checked++;
      const expectedHash = wanted.sums ?? wanted.sha256;
      if (actual !== expectedHash) problems.push({ kind: 'modified', name, expected: expectedHash, actual });
      else if (wanted.size !== undefined && wanted.size !== file.size) problems.push({ kind: 'modified', name, expected: `${wanted.size}`, actual: `${file.size}` });
      else intact.add(name);
    }
    // The log's bytes are those the manifest hashed; whether its chain holds and ends where the manifest says is checked on them.
    for (const recorded of expected.audits) {
      if (!intact.has(recorded.name)) continue;
      const audit = auditSnapshot(await zip.bytes(byName.get(recorded.name)!));
      if (audit.broken) problems.push({ kind: 'audit', name: recorded.name, reason: 'chain' });
      else if (audit.head.sha256 !== recorded.head.sha256 || audit.head.lines !== recorded.head.lines) {
        problems.push({ kind: 'audit', name: recorded.name, reason: 'head' });
      }
    }
    return report(problems, checked, { format: expected.format, ...(expected.caseId ? { caseId: expected.caseId } : {}) });
  } finally {
    zip.close();
  }
}
