import { z } from 'zod';
import type { ArchiveFormat } from '../../shared/domain/archive';
import { storedDateTime, storedUlid } from '../../shared/validation/stored-formats';
import { AUDIT_LOG_NAME } from '../audit/audit-log';

const SHA256 = /^[0-9a-f]{64}$/;
const sha256 = z.string().regex(SHA256);
const size = z.number().int().nonnegative();
export const auditHeadSchema = z.object({ sha256, lines: z.number().int().nonnegative() });

/** The fields of a dossier's `manifest.json` (written by `src/core/dossier`) that verify relies on; others are kept as they are. */
const dossierManifestSchema = z.looseObject({
  format: z.literal('casebook-dossier'),
  formatVersion: z.literal(1),
  caseId: storedUlid(),
  auditHead: auditHeadSchema,
  files: z.array(z.looseObject({ name: z.string().min(1), role: z.string(), size: size.optional(), sha256: sha256.optional() })),
});

/**
 * `transfer-manifest.json` of a case transfer archive (`<case folder>.casebook.zip`): every file of the
 * case folder with its path inside the folder, size and SHA-256, and the audit chain head.
 */
export const transferManifestSchema = z.object({
  format: z.literal('casebook-case'),
  formatVersion: z.literal(1),
  tool: z.object({ name: z.literal('casebook'), version: z.string() }),
  caseId: storedUlid(),
  caseFolder: z.string().min(1),
  createdAt: storedDateTime(),
  auditHead: auditHeadSchema,
  files: z.array(z.object({ path: z.string().min(1), size, sha256 })),
});
export type TransferManifest = z.infer<typeof transferManifestSchema>;

/**
 * `backup-manifest.json` of a workspace backup: every file of it (the case folders under
 * `cases/<folder>/`, the index copy `index.sqlite`, the workspace settings under `workspace/`) with
 * size and SHA-256, and each case's folder, id (absent when its case.json could not be read) and
 * audit chain head.
 */
export const backupManifestSchema = z.object({
  format: z.literal('casebook-backup'),
  formatVersion: z.literal(1),
  tool: z.object({ name: z.literal('casebook'), version: z.string() }),
  createdAt: storedDateTime(),
  cases: z.array(z.object({ folder: z.string().min(1), id: storedUlid().optional(), auditHead: auditHeadSchema })),
  files: z.array(z.object({ path: z.string().min(1), size, sha256 })),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export const DOSSIER_MANIFEST = 'manifest.json';
export const DOSSIER_SUMS = 'SHA256SUMS';
export const TRANSFER_MANIFEST = 'transfer-manifest.json';
export const BACKUP_MANIFEST = 'backup-manifest.json';
/** Manifests are a few hundred bytes per file: anything bigger than this is not one of ours. */
export const MANIFEST_MAX_BYTES = 32 * 1024 * 1024;

/** What an archive's manifests say each file must hold. */
export interface ExpectedArchive {
  format: ArchiveFormat;
  /** Per file: the SHA-256 (and size, when recorded) it must have. */
  files: Map<string, { sha256: string; size?: number; sums?: string }>;
  /** The manifests themselves, which are not listed as files. */
  own: Set<string>;
  /** The audit logs' names in the archive and the chain head recorded for each. */
  audits: { name: string; head: { sha256: string; lines: number } }[];
  /** The case the archive holds (a backup holds many: absent). */
  caseId?: string;
}

export type ManifestReading = { ok: true; expected: ExpectedArchive } | { ok: false; name: string; reason: 'missing' | 'invalid' };

const parseJson = (bytes: Buffer): unknown => {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
};

/** `<sha256>  <name>` lines as `sha256sum` writes them (text mode; binary mode's `*` is accepted). */
function parseSums(bytes: Buffer): Map<string, string> | undefined {
  const sums = new Map<string, string>();
  for (const line of bytes.toString('utf8').split('\n')) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match || sums.has(match[2]!)) return undefined;
    sums.set(match[2]!, match[1]!);
  }
  return sums;
}

/** The dossier archive's `manifest.json` and `SHA256SUMS`: every name either lists, with the hashes they give. */
export function readDossierManifests(manifestBytes: Buffer, sumsBytes: Buffer | undefined): ManifestReading {
  const manifest = dossierManifestSchema.safeParse(parseJson(manifestBytes));
  if (!manifest.success) return { ok: false, name: DOSSIER_MANIFEST, reason: 'invalid' };
  if (!sumsBytes) return { ok: false, name: DOSSIER_SUMS, reason: 'missing' };
  const sums = parseSums(sumsBytes);
  if (!sums) return { ok: false, name: DOSSIER_SUMS, reason: 'invalid' };
  const files: ExpectedArchive['files'] = new Map();
  for (const file of manifest.data.files) {
    const listed = sums.get(file.name);
    const sha256 = file.sha256 ?? listed;
    // dossier.pdf has no hash in the manifest (see the dossier's manifest.ts); SHA256SUMS has it.
    if (sha256 === undefined) return { ok: false, name: DOSSIER_MANIFEST, reason: 'invalid' };
    files.set(file.name, { sha256, ...(file.size === undefined ? {} : { size: file.size }), ...(listed === undefined ? {} : { sums: listed }) });
  }
  for (const [name, sha256] of sums) if (!files.has(name)) files.set(name, { sha256, sums: sha256 });
  const audit = manifest.data.files.find((file) => file.role === 'audit');
  return {
    ok: true,
    expected: {
      format: 'casebook-dossier',
      caseId: manifest.data.caseId,
      files,
      own: new Set([DOSSIER_MANIFEST, DOSSIER_SUMS]),
      audits: audit ? [{ name: audit.name, head: manifest.data.auditHead }] : [],
    },
  };
}

export function parseTransferManifest(bytes: Buffer): TransferManifest | undefined {
  const parsed = transferManifestSchema.safeParse(parseJson(bytes));
  return parsed.success ? parsed.data : undefined;
}

/** The case transfer archive's manifest, in the same terms as a dossier's. */
export function readTransferManifest(bytes: Buffer): ManifestReading {
  const manifest = parseTransferManifest(bytes);
  if (!manifest) return { ok: false, name: TRANSFER_MANIFEST, reason: 'invalid' };
  const files: ExpectedArchive['files'] = new Map(manifest.files.map((file) => [file.path, { sha256: file.sha256, size: file.size }]));
  if (files.size !== manifest.files.length) return { ok: false, name: TRANSFER_MANIFEST, reason: 'invalid' };
  return {
    ok: true,
    expected: {
      format: 'casebook-case',
      caseId: manifest.caseId,
      files,
      own: new Set([TRANSFER_MANIFEST]),
      audits: files.has(AUDIT_LOG_NAME) ? [{ name: AUDIT_LOG_NAME, head: manifest.auditHead }] : [],
    },
  };
}

export function parseBackupManifest(bytes: Buffer): BackupManifest | undefined {
  const parsed = backupManifestSchema.safeParse(parseJson(bytes));
  return parsed.success ? parsed.data : undefined;
}

/** Where a case's audit log lies in a backup. */
export const backupAuditName = (folder: string): string => `cases/${folder}/${AUDIT_LOG_NAME}`;

/** A workspace backup's manifest, in the same terms: every case's audit log is checked against its head. */
export function readBackupManifest(bytes: Buffer): ManifestReading {
  const manifest = parseBackupManifest(bytes);
  if (!manifest) return { ok: false, name: BACKUP_MANIFEST, reason: 'invalid' };
  const files: ExpectedArchive['files'] = new Map(manifest.files.map((file) => [file.path, { sha256: file.sha256, size: file.size }]));
  if (files.size !== manifest.files.length) return { ok: false, name: BACKUP_MANIFEST, reason: 'invalid' };
  return {
    ok: true,
    expected: {
      format: 'casebook-backup',
      files,
      own: new Set([BACKUP_MANIFEST]),
      audits: manifest.cases.filter((entry) => files.has(backupAuditName(entry.folder))).map((entry) => ({ name: backupAuditName(entry.folder), head: entry.auditHead })),
    },
  };
}
