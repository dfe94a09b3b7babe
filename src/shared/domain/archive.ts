/**
 * Vocabulary of the archives Casebook reads back: a dossier archive (`<case folder>-卷宗.zip`), a case
 * transfer archive (`<case folder>.casebook.zip`) and a workspace backup. Part of the CLI's public JSON
 * (`verify <archive.zip> --json`, `case import --json`, `restore --json`): values are only ever added.
 */

/**
 * Why an archive is refused before anything of it is written (`case import`, `restore`) or reported as
 * unreadable (`verify <archive.zip>`).
 */
export const ARCHIVE_REFUSALS = [
  /** Not a zip file, or its structure is damaged. */
  'not-zip',
  /** An entry's data cannot be decompressed. */
  'damaged',
  /** `..`, an absolute or drive-letter path, a backslash, an empty segment, a name too long. */
  'unsafe-path',
  /** A name Windows reserves (CON, NUL, COM1 …), a forbidden, control or bidi character, a trailing dot or space. */
  'reserved-name',
  /** A symbolic link (Unix mode or Windows reparse point). */
  'link',
  /** A device file, FIFO or socket. */
  'special-file',
  /** An entry a case folder never holds (a hidden file: a lock, a staging leftover). */
  'unexpected-entry',
  /** Two names that are the same file on Windows or macOS (differing only in case or Unicode normalisation). */
  'duplicate',
  'too-many-entries',
  /** The declared sizes add up to more than the limit. */
  'too-large',
  /** An entry holds more (or fewer) bytes than it declares: a zip bomb or a damaged archive. */
  'size-mismatch',
  /** Entries share their data (a zip bomb built from overlapping files). */
  'overlapping',
  'encrypted',
  'unsupported-compression',
  /** The archive has no manifest of the expected format. */
  'manifest-missing',
  /** The manifest does not parse or is not of a known format and version. */
  'manifest-invalid',
  /** Entries and manifest disagree: a file missing, a file the manifest does not list, a different size. */
  'manifest-mismatch',
  /** A file's content differs from the SHA-256 the manifest records for it. */
  'tampered',
  /** The audit log's chain is broken or ends elsewhere than the head the manifest recorded. */
  'audit-mismatch',
  /** The case inside does not pass verify (an original differs from its import record …). */
  'case-damaged',
] as const;
export type ArchiveRefusalReason = (typeof ARCHIVE_REFUSALS)[number];

/** A refusal as the CLI prints it with `--json` and the app shows it. */
export interface ArchiveRefusalView {
  reason: ArchiveRefusalReason;
  /** The entry at fault, as named in the archive. */
  entry?: string;
  /** Chinese, naming the archive and the entry. */
  message: string;
}

/** What `verify <archive.zip>` can find wrong with a dossier (or case transfer) archive. */
export type ArchiveProblem =
  /** A file the manifest or SHA256SUMS lists is not in the archive. */
  | { kind: 'missing'; name: string }
  /** A file in the archive that neither the manifest nor SHA256SUMS lists. */
  | { kind: 'extra'; name: string }
  /** A file whose content differs from the SHA-256 (or size) recorded for it. */
  | { kind: 'modified'; name: string; expected: string; actual: string }
  /** The manifest and SHA256SUMS record different hashes for the same file. */
  | { kind: 'sums-disagree'; name: string; manifest: string; sums: string }
  /** The manifest or SHA256SUMS itself is missing or unreadable. */
  | { kind: 'manifest'; name: string; reason: 'missing' | 'invalid' }
  /** The audit log in the archive is broken, or does not end at the chain head the manifest recorded. */
  | { kind: 'audit'; name: string; reason: 'chain' | 'head' }
  /** The archive cannot be read safely at all (see {@link ArchiveRefusalReason}). */
  | { kind: 'unreadable'; reason: ArchiveRefusalReason; entry?: string; message: string };

/** The archive formats `verify` recognises by their manifest. */
export type ArchiveFormat = 'casebook-dossier' | 'casebook-case' | 'casebook-backup';

export interface ArchiveVerifyReport {
  ok: boolean;
  /** Absolute path of the archive checked. */
  archive: string;
  /** Absent when no manifest could be read. */
  format?: ArchiveFormat;
  /** The case a dossier or transfer archive holds (a backup holds many). */
  caseId?: string;
  /** Files whose content was hashed and compared. */
  checked: number;
  problems: ArchiveProblem[];
}
