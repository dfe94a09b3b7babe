import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import { errorMessages } from '../../shared/messages/errors';
import { nowChinaIso } from '../../shared/validation/date-time';

/** The case's audit log: one JSON object per line, appended, never rewritten. */
export const AUDIT_LOG_NAME = 'audit.jsonl';
const GENESIS = '0'.repeat(64);
/** Enough to hold the last few entries; the log is read from its tail, not whole, on every append. */
const TAIL_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export type AuditAction =
  | 'case.create'
  | 'case.update'
  | 'evidence.import'
  | 'evidence.edit'
  | 'evidence.reorder'
  | 'evidence.remove'
  | 'evidence.restore'
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
  /** The case arrived from a transfer archive; the lines before it are the history it brought along. */
  | 'case.import';

export interface AuditEntry {
  seq: number;
  at: string;
  action: AuditAction;
  /** The id of what the action touched (evidence item, letter …). */
  target?: string;
  /** The SHA-256 of the file involved, so the log alone proves what was imported or exported. */
  sha256?: string;
  detail?: Record<string, unknown>;
  /** Hash of the previous entry: editing or deleting any earlier line breaks the chain. */
  prev: string;
  /** Hash of this entry without this field: editing the last line is detected too. */
  hash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash covers the entry's fields in a fixed order, so it can be recomputed from the line. */
const entryHash = (entry: Omit<AuditEntry, 'hash'>): string =>
  sha256(
    JSON.stringify([entry.seq, entry.at, entry.action, entry.target ?? null, entry.sha256 ?? null, entry.detail ?? null, entry.prev]),
  );

async function readTail(path: string, bytes: number = TAIL_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** The last complete line, reading further back when a single line is longer than the usual tail. */
async function lastLine(path: string): Promise<string | undefined> {
  for (let bytes = TAIL_BYTES; ; bytes *= 4) {
    const tail = await readTail(path, bytes);
    const text = tail.toString('utf8').trimEnd();
    const start = text.lastIndexOf('\n');
    if (start >= 0 || tail.length < bytes) return text.slice(start + 1) || undefined;
  }
}

async function lastEntry(path: string): Promise<Pick<AuditEntry, 'seq' | 'hash'>> {
  const last = await lastLine(path);
  if (!last) return { seq: 0, hash: GENESIS };
  try {
    const entry = JSON.parse(last) as AuditEntry;
    if (typeof entry.seq === 'number' && typeof entry.hash === 'string') return { seq: entry.seq, hash: entry.hash };
  } catch {
    // Reported below: appending after a damaged line would hide the damage.
  }
  throw new ApiFailure('damaged', errorMessages.auditLogDamaged(path));
}

type AuditEvent = Pick<AuditEntry, 'action'> & Partial<Pick<AuditEntry, 'target' | 'sha256' | 'detail'>>;

/**
 * Appends entries (one user action may touch several items) with a single fsync. Callers hold the
 * case lock, so entries never interleave.
 * @example await appendAudit(caseDir, { action: 'evidence.import', target: item.id, sha256: item.sha256 })
 */
export async function appendAudit(caseDir: string, ...events: AuditEvent[]): Promise<AuditEntry[]> {
  const path = join(caseDir, AUDIT_LOG_NAME);
  let previous = await lastEntry(path);
  const at = nowChinaIso();
  const entries = events.map((event) => {
    const unsigned = { seq: previous.seq + 1, at, ...event, prev: previous.hash };
    const entry: AuditEntry = { ...unsigned, hash: entryHash(unsigned) };
    previous = entry;
    return entry;
  });
  const handle = await open(path, 'a', 0o644);
  try {
    await handle.appendFile(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return entries;
}

export async function readAudit(caseDir: string): Promise<string[]> {
  try {
    return (await readFile(join(caseDir, AUDIT_LOG_NAME), 'utf8')).split('\n').filter((line) => line !== '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Where the chain breaks, if it does: the first bad line (1-based) and why. */
export function verifyAuditChain(lines: readonly string[]): { line: number; reason: string } | undefined {
  let prev = GENESIS;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    let entry: AuditEntry;
    try {
      entry = JSON.parse(text) as AuditEntry;
    } catch {
      return { line, reason: 'not-json' };
    }
    if (entry.seq !== line) return { line, reason: 'sequence' };
    if (entry.prev !== prev) return { line, reason: 'chain' };
    const { hash, ...unsigned } = entry;
    if (entryHash(unsigned) !== hash) return { line, reason: 'hash' };
    prev = hash;
  }
  return undefined;
}

/** Whether the log ends in the middle of a line: one byte read, so a start-up check of every case stays cheap. */
export async function auditTailIsTorn(caseDir: string): Promise<boolean> {
  // Synchronous inside: every workspace open asks this of every case.
  let fd: number;
  try {
    fd = openSync(join(caseDir, AUDIT_LOG_NAME), 'r');
  } catch {
    return false;
  }
  try {
    const { size } = fstatSync(fd);
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== NEWLINE;
  } finally {
    closeSync(fd);
  }
}

/**
 * A crash in the middle of an append can leave a last line without its newline; it was never
 * committed (the fsync did not return), so recovery cuts it off. Complete lines are never touched.
 */
export async function repairTornAuditTail(caseDir: string): Promise<boolean> {
  if (!(await auditTailIsTorn(caseDir))) return false;
  const path = join(caseDir, AUDIT_LOG_NAME);
  const size = (await stat(path)).size;
  const tail = await readTail(path);
  const cut = tail.lastIndexOf(NEWLINE);
  if (cut < 0 && size > TAIL_BYTES) return false;
  await truncate(path, size - (tail.length - cut - 1));
  return true;
}
