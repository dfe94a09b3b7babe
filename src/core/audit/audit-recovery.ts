import { readdir, rename, stat, truncate, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDirectory, isTempFileName } from '../fs/atomic-write';
import { hashRegularFile } from '../fs/hash-file';
import { tagState } from '../fs/process-identity';
import { removeReadOnlyFile } from '../fs/remove-read-only';
import { STAGING_DIR } from '../evidence/stage-copy';
import { appendAudit, AUDIT_LOG_NAME, parseEntries, readAuditLog, type AuditEntry } from './audit-log';
import { inCase } from './audited-change';

/** A staged copy whose owner cannot be checked (another machine) may be a copy in progress; this old, it is a leftover. */
const STAGING_GRACE_MS = 60_000;

/** Who held the lock a crash left behind (null: the lock could not be read). */
export interface DeadOwner {
  pid: number;
  host: string;
  auditSize: number;
}

export interface CrashRecovery {
  /** Bytes of an unfinished last line the dead process was writing, cut off. */
  cutBytes: number;
  /** Files of decided changes that were moved into place from their temp or staged copies. */
  finished: string[];
  /** Files of decided changes that could not be finished (no copy with the recorded hash was left). */
  unfinished: string[];
  /** Temp files and staged copies of changes that were never decided, removed. */
  discarded: string[];
}

/** The folders of a case where temp files of our writes can be: the case folder, `letters/` and each letter's folder, `evidence/` and its subfolders. */
async function writableFolders(caseDir: string): Promise<string[]> {
  const folders = [caseDir];
  for (const sub of ['letters', 'evidence']) {
    const dir = join(caseDir, sub);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    folders.push(dir, ...entries.filter((entry) => entry.isDirectory()).map((entry) => join(dir, entry.name)));
  }
  return folders;
}

/** Copies that may hold what a decided change meant to put at `path`: its temp files, and for an original the staged copies of its item. */
export async function copiesOf(caseDir: string, path: string): Promise<string[]> {
  const target = inCase(caseDir, path);
  const dir = dirname(target);
  const name = basename(target);
  const temps = (await readdir(dir).catch(() => [] as string[])).filter((entry) => entry.startsWith(`${name}.tmp-`) && isTempFileName(entry));
  const copies = temps.map((entry) => join(dir, entry));
  if (path.startsWith('evidence/')) {
    const id = name.split('-')[0]!;
    const staged = await readdir(join(caseDir, STAGING_DIR)).catch(() => [] as string[]);
    copies.push(...staged.filter((entry) => entry.startsWith(`${id}.`)).map((entry) => join(caseDir, STAGING_DIR, entry)));
  }
  return copies;
}

/** The entries the dead owner appended: those starting at or after the log size it found when it took the lock. */
function entriesAfter(lines: readonly string[], offset: number): AuditEntry[] {
  const own: string[] = [];
  let position = 0;
  for (const line of lines) {
    if (position >= offset) own.push(line);
    position += Buffer.byteLength(line) + 1;
  }
  return parseEntries(own);
}

/** Puts in place the files of decided changes whose rename a crash prevented. */
async function finishDecided(caseDir: string, entries: readonly AuditEntry[], recovery: CrashRecovery): Promise<void> {
  const latest = new Map<string, string | null>();
  for (const entry of entries) for (const [path, hash] of Object.entries(entry.files ?? {})) latest.set(path, hash);
  const touched = new Set<string>();
  for (const [path, hash] of latest) {
    if (hash === null) continue;
    const target = inCase(caseDir, path);
    if ((await hashRegularFile(target)) === hash) continue;
    let done = false;
    for (const copy of await copiesOf(caseDir, path)) {
      if ((await hashRegularFile(copy)) !== hash) continue;
      await rename(copy, target);
      touched.add(dirname(target));
      done = true;
      break;
    }
    (done ? recovery.finished : recovery.unfinished).push(path);
  }
  for (const dir of touched) await fsyncDirectory(dir);
}

/**
 * After the lock of a process that died was taken over (so nobody else writes this case now):
 * cuts off the log line it was writing when it died (the line was never committed; what it held is
 * kept in the recovery line), finishes the changes it had decided (see `commitAudited`), removes its
 * temp files and staged copies, and records what it did in an `audit.recover` line.
 *
 * Only what the dead process provably wrote is touched: a damaged line from before it took the lock
 * (someone edited the log) is left for verify to report and for the person to repair.
 */
export async function recoverAfterCrash(caseDir: string, dead: DeadOwner | null): Promise<CrashRecovery> {
  const recovery: CrashRecovery = { cutBytes: 0, finished: [], unfinished: [], discarded: [] };
  const log = await readAuditLog(caseDir);
  let fragment: string | undefined;
  if (log.state === 'present' && dead) {
    const complete = log.lines.reduce((bytes, line) => bytes + Buffer.byteLength(line) + 1, 0);
    if (log.torn !== undefined && complete >= dead.auditSize) {
      recovery.cutBytes = Buffer.byteLength(log.torn);
      fragment = Buffer.from(log.torn).toString('base64');
      await truncate(join(caseDir, AUDIT_LOG_NAME), complete);
    }
    await finishDecided(caseDir, entriesAfter(log.lines, dead.auditSize), recovery);
  }
  for (const dir of await writableFolders(caseDir)) {
    for (const name of (await readdir(dir).catch(() => [] as string[])).filter(isTempFileName)) {
      await unlink(join(dir, name)).catch(() => {});
      recovery.discarded.push(name);
    }
  }
  recovery.discarded.push(...(await discardDeadStaging(caseDir)));
  if (recovery.cutBytes > 0 || recovery.finished.length > 0 || recovery.unfinished.length > 0) {
    await appendAudit(caseDir, {
      action: 'audit.recover',
      detail: {
        owner: dead ? { pid: dead.pid, host: dead.host } : null,
        ...(fragment ? { cut: { bytes: recovery.cutBytes, base64: fragment } } : {}),
        finished: recovery.finished,
        unfinished: recovery.unfinished,
      },
    });
  }
  return recovery;
}

/**
 * Removes staged copies no live process will commit: those of a process of this machine that is
 * gone, and those whose owner cannot be checked once they are old. The caller holds the case lock, so no
 * copy is being committed right now.
 */
export async function discardDeadStaging(caseDir: string, now = Date.now()): Promise<string[]> {
  const dir = join(caseDir, STAGING_DIR);
  const discarded: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const tag = /^[0-9A-Z]{26}\.(.+)\.part$/.exec(name)?.[1];
    const path = join(dir, name);
    const owner = tag === undefined ? 'unknown' : tagState(tag);
    if (owner === 'alive') continue;
    if (owner === 'unknown' && now - ((await stat(path).catch(() => undefined))?.mtimeMs ?? now) <= STAGING_GRACE_MS) continue;
    await removeReadOnlyFile(path);
    discarded.push(name);
  }
  return discarded;
}
