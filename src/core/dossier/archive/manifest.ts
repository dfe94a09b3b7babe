import type { CaptureTimeSource } from '../../../shared/domain/evidence';

/** Fixed names inside the dossier archive (`<case folder>-卷宗.zip`). */
export const MANIFEST_NAME = 'manifest.json';
export const SUMS_NAME = 'SHA256SUMS';
export const AUDIT_ENTRY_NAME = 'audit.jsonl';
export const DOSSIER_ENTRY_NAME = 'dossier.pdf';

export type ManifestRole = 'evidence' | 'letter' | 'audit' | 'dossier';

/** One file of the archive as `manifest.json` lists it. */
export interface ManifestFile {
  name: string;
  role: ManifestRole;
  exhibit?: number;
  title?: string;
  originalName?: string;
  /**
   * Size and SHA-256 of the file. Left out for `dossier.pdf` only: the dossier prints the SHA-256 of
   * this manifest in its integrity appendix, so the manifest cannot hold the dossier's hash (each
   * would have to contain the other's). `SHA256SUMS` covers `dossier.pdf` like every other file.
   */
  size?: number;
  sha256?: string;
  capturedAt?: string;
  capturedAtSource?: CaptureTimeSource;
  importedAt?: string;
}

/** `manifest.json` of a dossier archive (format agreed with the archive verifier, `casebook verify <zip>`). */
export interface DossierManifest {
  format: 'casebook-dossier';
  formatVersion: 1;
  tool: { name: 'casebook'; version: string };
  caseId: string;
  caseFolder: string;
  createdAt: string;
  /** The audit log's chain head when the dossier was made: its last entry's hash and its line count. */
  auditHead: { sha256: string; lines: number };
  files: ManifestFile[];
}

/** Pretty JSON with a trailing newline, as every JSON file of a case. */
export const manifestBytes = (manifest: DossierManifest): Buffer => Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

/**
 * `SHA256SUMS` as `sha256sum -c` reads it: `<hash>  <name>` per line (text mode, two spaces), UTF-8,
 * names as stored in the archive. Archive names never contain a newline or a backslash, which
 * sha256sum would need escaped.
 */
export const sha256Sums = (files: readonly { name: string; sha256: string }[]): Buffer =>
  Buffer.from(files.map(({ name, sha256 }) => `${sha256}  ${name}\n`).join(''), 'utf8');
