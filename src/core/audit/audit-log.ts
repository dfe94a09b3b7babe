import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import { errorMessages } from '../../shared/messages/errors';
import { nowChinaIso } from '../../shared/validation/date-time';
import { fsyncDirectory } from '../fs/atomic-write';
import { crashPoint } from '../fs/crash-point';

/** The case's audit log: one JSON object per line, appended, never rewritten. */
export const AUDIT_LOG_NAME = 'audit.jsonl';
export const GENESIS = '0'.repeat(64);
/** Enough to hold the last few entries; the log is read from its tail, not whole, on every append. */
const TAIL_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export type AuditAction =
  | 'case.create'
  | 'case.update'
  /** In the workspace's own log (`.casebook/audit.jsonl`): a trashed case deleted for good. */
  | 'case.purge'
  | 'evidence.import'
  | 'evidence.edit'
  | 'evidence.reorder'
  | 'evidence.remove'
  | 'evidence.restore'
  /** Written by earlier versions, which recorded an import after its data; still read. */
  | 'evidence.import-recovered'
  | 'evidence.import-rolled-back'
  | 'evidence.ocr-labels'
  | 'ocr.read'
  | 'ocr.failed'
  | 'timeline.add'
  | 'timeline.edit'
  | 'timeline.remove'
  | 'timeline.restore'
  | 'timeline.advisor'
  | 'letter.save'
  | 'letter.sent'
  | 'timestamp.add'
  | 'export'
  /** A change whose files could not all be put in place was undone; `files` says what they hold again. */
  | 'audit.rollback'
  /** After a crash: what a process that died holding the case lock left was finished or cut off. */
  | 'audit.recover'
  /** A repair the person confirmed (a damaged log, a file changed outside the app accepted as it is). */
  | 'audit.repair'
  /** The case arrived from a transfer archive; the lines before it are the history it brought along. */
  | 'case.import';

/**
 * What a file holds after an action: its SHA-256, or null when the action removed it (a rollback of
 * a file that did not exist before).
 */
export type FileHashes = Record<string, string | null>;

export interface AuditEntry {
  seq: number;
  at: string;
  action: AuditAction;
  /** The id of what the action touched (evidence item, letter …). */
  target?: string;
  /** The SHA-256 of the file involved, so the log alone proves what was imported or exported. */
  sha256?: string;
  detail?: Record<string, unknown>;
  /**
   * The files the action wrote (case-relative paths, `/`-separated) with the SHA-256 each holds
   * afterwards. The line is written before the files are put in place, so every change on disk is
   * preceded by its line, and verify can tell a file edited outside the app from one the log accounts for.
   */
  files?: FileHashes;
  /** Hash of the previous entry: editing or deleting any earlier line breaks the chain. */
  prev: string;
  /** Hash of this entry without this field: editing the last line is detected too. */
  hash: string;
}

/** The latest link of a case's chain: kept outside the case folder (index, export manifests) so a rewritten log is caught. */
export interface AuditHead {
  /** The number of lines (= the seq of the last entry). */
  lines: number;
  /** The `hash` of the last entry. */
  sha256: string;
}

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * The hash covers the entry's fields in a fixed order, so it can be recomputed from the line. `files`
 * is appended only when present, so lines written before it existed keep their hashes.
 */
export const entryHash = (entry: Omit<AuditEntry, 'hash'>): string =>
  sha256Hex(
    JSON.stringify([
      entry.seq,
      entry.at,
      entry.action,
      entry.target ?? null,
      entry.sha256 ?? null,
      entry.detail ?? null,
      entry.prev,
      ...(entry.files ? [entry.files] : []),
    ]),
  );

async function readTail(path: string, bytes: number): Promise<{ tail: Buffer; size: number } | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, bytes);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    return { tail, size };
  } finally {
    await handle.close();
  }
}

export type LogTail =
  | { state: 'missing' }
  | { state: 'empty' }
  /** The last line does not end with a newline: cut by a crash or by hand. */
  | { state: 'torn'; size: number }
  | { state: 'damaged'; size: number }
  | { state: 'ok'; size: number; last: AuditEntry };

/** The last entry of the log, read from its tail, reading further back when a line is longer than usual. */
export async function readLogTail(caseDir: string): Promise<LogTail> {
  const path = join(caseDir, AUDIT_LOG_NAME);
  for (let bytes = TAIL_BYTES; ; bytes *= 4) {
    const read = await readTail(path, bytes);
    if (!read) return { state: 'missing' };
    const { tail, size } = read;
    if (size === 0) return { state: 'empty' };
    if (tail[tail.length - 1] !== NEWLINE) return { state: 'torn', size };
    const start = tail.lastIndexOf(NEWLINE, tail.length - 2);
    if (start < 0 && tail.length < size) continue;
    try {
      const last = JSON.parse(tail.subarray(start + 1, tail.length - 1).toString('utf8')) as AuditEntry;
      if (typeof last.seq === 'number' && typeof last.hash === 'string') return { state: 'ok', size, last };
    } catch {
      // Reported below.
    }
    return { state: 'damaged', size };
  }
}

/** The head of a case's chain, from the tail of its log; undefined when the log is missing or its end is damaged. */
export async function auditHead(caseDir: string): Promise<AuditHead | undefined> {
  const tail = await readLogTail(caseDir);
  return tail.state === 'ok' ? { lines: tail.last.seq, sha256: tail.last.hash } : undefined;
}

export type AuditEvent = Pick<AuditEntry, 'action'> & Partial<Pick<AuditEntry, 'target' | 'sha256' | 'detail' | 'files'>>;

/** Chains `events` after `previous` (the genesis for a new log). */
export function chainEntries(previous: { seq: number; hash: string }, at: string, events: readonly AuditEvent[]): AuditEntry[] {
  let last = previous;
  return events.map((event) => {
    const unsigned = { seq: last.seq + 1, at, ...event, prev: last.hash };
    const entry: AuditEntry = { ...unsigned, hash: entryHash(unsigned) };
    last = entry;
    return entry;
  });
}

export const serializeEntries = (entries: readonly AuditEntry[]): string => entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');

/**
 * Appends to a log that begins with its first event rather than with a creation line — the
 * workspace's own log of permanent deletes, which exists from the first one on. A missing or empty
 * log is started (callers hold the lock, so nobody starts it twice); any other state is
 * `appendAudit`'s, damage included.
 */
export async function appendOrStartAudit(dir: string, ...events: AuditEvent[]): Promise<AuditEntry[]> {
  const tail = await readLogTail(dir);
  if (tail.state !== 'missing' && tail.state !== 'empty') return appendAudit(dir, ...events);
  const entries = chainEntries({ seq: 0, hash: GENESIS }, nowChinaIso(), events);
  const handle = await open(join(dir, AUDIT_LOG_NAME), tail.state === 'missing' ? 'wx' : 'r+');
  try {
    await handle.write(serializeEntries(entries), 0, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsyncDirectory(dir);
  return entries;
}

/**
 * Appends entries (one user action may touch several items) with a single write and a single fsync.
 * Callers hold the case lock, so entries never interleave. A log that is missing, or whose end is
 * damaged, is never appended to: that would hide the damage (see `audit-repair`). A write that fails
 * half-way (disk full) is cut back to where it started, so a failed append leaves the log as it was.
 *
 * @example await appendAudit(caseDir, { action: 'evidence.edit', target: item.id })
 */
export async function appendAudit(caseDir: string, ...events: AuditEvent[]): Promise<AuditEntry[]> {
  const path = join(caseDir, AUDIT_LOG_NAME);
  const tail = await readLogTail(caseDir);
  if (tail.state === 'missing') throw new ApiFailure('damaged', errorMessages.auditLogMissing(path));
  if (tail.state !== 'ok') throw new ApiFailure('damaged', errorMessages.auditLogDamaged(path));
  const entries = chainEntries(tail.last, nowChinaIso(), events);
  const handle = await open(path, 'r+');
  try {
    try {
      await handle.write(serializeEntries(entries), tail.size, 'utf8');
      crashPoint('audit-written');
      await handle.sync();
    } catch (error) {
      // Our own unfinished write, never anything that was there before.
      await handle.truncate(tail.size).catch(() => {});
      throw error;
    }
  } finally {
    await handle.close();
  }
  return entries;
}

export type AuditText = { state: 'missing' } | { state: 'present'; lines: string[]; torn?: string };

/** The whole log: its complete lines, and a last line without its newline apart. */
export async function readAuditLog(caseDir: string): Promise<AuditText> {
  let text: string;
  try {
    text = await readFile(join(caseDir, AUDIT_LOG_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  const parts = text.split('\n');
  const torn = parts.pop();
  return { state: 'present', lines: parts, ...(torn ? { torn } : {}) };
}

/** The complete lines of a log (none when it is missing). */
export async function readAudit(caseDir: string): Promise<string[]> {
  const log = await readAuditLog(caseDir);
  return log.state === 'present' ? log.lines : [];
}

export type ChainBreak = { line: number; reason: 'not-json' | 'sequence' | 'chain' | 'hash' };

/** Where the chain breaks, if it does: the first bad line (1-based) and why. */
export function verifyAuditChain(lines: readonly string[]): ChainBreak | undefined {
  let prev = GENESIS;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    let entry: AuditEntry;
    try {
      entry = JSON.parse(text) as AuditEntry;
    } catch {
      return { line, reason: 'not-json' };
    }
    if (entry === null || typeof entry !== 'object' || entry.seq !== line) return { line, reason: 'sequence' };
    if (entry.prev !== prev) return { line, reason: 'chain' };
    const { hash, ...unsigned } = entry;
    if (entryHash(unsigned) !== hash) return { line, reason: 'hash' };
    prev = hash;
  }
  return undefined;
}

/**
 * Whether a log still holds a chain head recorded outside it (the index, an export's manifest): it
 * must have at least that many lines, and the line there must carry that hash. A log rewritten with
 * recomputed hashes, or cut short, no longer does.
 * @example headMismatch(await readAudit(caseDir), manifest.auditHead) // undefined, 'anchor' or 'truncated'
 */
export function headMismatch(lines: readonly string[], head: AuditHead): 'anchor' | 'truncated' | undefined {
  if (lines.length < head.lines) return 'truncated';
  return parseEntries([lines[head.lines - 1]!])[0]?.hash === head.sha256 ? undefined : 'anchor';
}

/** The entries of a log that parse, in order (a line that does not parse is left out; the chain check reports it). */
export function parseEntries(lines: readonly string[]): AuditEntry[] {
  return lines.flatMap((text) => {
    try {
      const entry = JSON.parse(text) as AuditEntry;
      return entry !== null && typeof entry === 'object' && typeof entry.action === 'string' ? [entry] : [];
    } catch {
      return [];
    }
  });
}
