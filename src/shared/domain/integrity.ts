import type { TimestampStatus } from './timestamp';

/**
 * What `verify` can find wrong with a case folder. Part of the CLI's public JSON (`verify --json`),
 * documented in the README: kinds and fields are only ever added.
 */

/** Why the audit log itself cannot be trusted as it is. */
export const AUDIT_BREAKS = [
  /** There is no `audit.jsonl`. */
  'missing',
  /** The log has no lines. */
  'empty',
  /** The last line is cut off (no newline at its end). */
  'torn',
  'not-json',
  /** A line's number is not its position: lines were removed or inserted. */
  'sequence',
  /** A line does not link to the hash of the one before it. */
  'chain',
  /** A line's content does not match its own hash: it was edited. */
  'hash',
  /** The log does not begin with the creation of this case. */
  'no-creation',
  /** The line the workspace index (or an export) recorded as the chain head differs: the log was rewritten. */
  'anchor',
  /** The log is shorter than the chain head recorded outside the case folder: lines were removed. */
  'truncated',
] as const;
export type AuditBreak = (typeof AUDIT_BREAKS)[number];

/** Kinds of records the log accounts for. */
export type AuditedRecord = 'case' | 'evidence' | 'timeline' | 'letter';

export type VerifyProblem =
  /** An evidence item's original is not in `evidence/`. */
  | { kind: 'missing'; itemId: string; storedName: string }
  /** An original's content differs from its SHA-256 at import. */
  | { kind: 'modified'; itemId: string; storedName: string; expected: string; actual: string }
  /** Something that is not a regular file (a symbolic link, a folder) stands where an original should be. */
  | { kind: 'not-regular'; itemId: string; storedName: string; found: 'symlink' | 'directory' | 'other' }
  /** A file in `evidence/` or `letters/` that no item or letter version (and no audited file) accounts for. */
  | { kind: 'unexpected'; file: string }
  | { kind: 'audit-broken'; line: number; reason: AuditBreak }
  /**
   * A file differs from the SHA-256 its audit line recorded (`found` null: the file is gone), or an
   * item's SHA-256 differs from the one its import line recorded: changed outside the app.
   */
  | { kind: 'audit-mismatch'; file: string; line: number; logged: string; found: string | null; itemId?: string }
  /** A record with no audit line for it: its change was never audited. */
  | { kind: 'unaudited'; record: AuditedRecord; id: string; version?: number }
  /** The log records a record that is gone from its file (an item deleted from `evidence.json`). */
  | { kind: 'vanished'; record: AuditedRecord; id: string; line: number; version?: number }
  /** A case file that cannot be read or does not validate; everything else is still checked. */
  | { kind: 'unreadable'; file: string; reason: string }
  /** A change the log records was interrupted by a crash before its files were in place; opening the workspace for writing finishes it. */
  | { kind: 'interrupted'; file: string; line: number }
  /** A trusted timestamp (`timestamps/`) that does not hold: its token, its signature or what it covers. */
  | { kind: 'timestamp-invalid'; file: string; reason: string };

export interface VerifyReport {
  ok: boolean;
  /** Evidence originals re-hashed. */
  checked: number;
  problems: VerifyProblem[];
  /** The chain head of the log as it is now (absent when the log is missing or its end damaged). */
  auditHead?: { lines: number; sha256: string };
  /** Lines recording a repair the person confirmed: the case's history says what was repaired, and verify says that it was. */
  repairs?: number[];
  /** The case's trusted timestamps as checked offline, when it has any (an invalid one is also a problem). */
  timestamps?: TimestampStatus[];
}

/** One thing a confirmed repair does to a case's audit bookkeeping (`casebook audit repair`, 修复审计日志). */
export type AuditRepairStep =
  /** Cut off a last line that is incomplete or damaged (it is kept, base64, in the repair line). */
  | { kind: 'cut-tail'; bytes: number }
  /** Start a new log: the old one is gone (verify keeps saying that the history does not begin with the case's creation). */
  | { kind: 'start-log' }
  /** Finish a change a crash interrupted: its file is waiting beside its place with the recorded content. */
  | { kind: 'finish'; file: string; line: number }
  /** Accept a case file changed outside the app as it now is (`found` null: accept that it is gone). */
  | { kind: 'accept-file'; file: string; logged: string; found: string | null }
  /** Move the chain head kept outside the folder to the log as it now is. */
  | { kind: 're-anchor'; expected: { lines: number; sha256: string } };

export interface AuditRepairPlan {
  /** Names exactly these steps: the repair is carried out only while the case still needs exactly them. */
  id: string;
  steps: AuditRepairStep[];
  /** What no repair can change (a modified original, records without their lines); verify keeps reporting these. */
  remaining: VerifyProblem[];
}
