import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crashPoint } from '../fs/crash-point';
import { fsyncDirectory, renameWithRetry, writeTempFile } from '../fs/atomic-write';
import { appendAudit, sha256Hex, type AuditEntry, type AuditEvent, type FileHashes } from './audit-log';

/** A file of the case folder to (re)write: its case-relative path (`/`-separated) and new content. */
export interface CaseFileWrite {
  path: string;
  data: string | Uint8Array;
}

/** A file already staged elsewhere in the case folder (an evidence original in `.staging/`), moved into place. */
export interface CaseFileMove {
  path: string;
  from: string;
  sha256: string;
}

/**
 * One user action on a case folder: its audit lines and the files it writes. A file is recorded on
 * the line at `line` (an index into `lines`; the last line by default).
 */
export interface AuditedChange {
  lines: AuditEvent[];
  /** Put in place in this order, after the moves: list an index file (`evidence.json`) after what it names. */
  writes?: (CaseFileWrite & { line?: number })[];
  moves?: (CaseFileMove & { line?: number })[];
}

/** Absolute path of a case-relative path. */
export const inCase = (caseDir: string, path: string): string => join(caseDir, ...path.split('/'));

interface Placement {
  path: string;
  target: string;
  from: string;
  /** What the target held before (null: nothing), to put back should the change be undone. */
  previous?: Buffer | null;
  move: boolean;
}

const withFiles = (lines: readonly AuditEvent[], placed: readonly { path: string; sha256: string; line?: number }[]): AuditEvent[] =>
  lines.map((line, index) => {
    const files: FileHashes = { ...line.files };
    for (const file of placed) if ((file.line ?? lines.length - 1) === index) files[file.path] = file.sha256;
    return Object.keys(files).length > 0 ? { ...line, files } : line;
  });

/**
 * Makes one change to a case folder in the order that keeps it audited whatever happens:
 *
 * 1. every new file is written beside its target as a temp file and fsynced (a crash here leaves
 *    only temp files, which nothing reads and the next open removes);
 * 2. the audit lines are appended and fsynced, naming each file with the SHA-256 it will hold — from
 *    here on the change is decided;
 * 3. the files are renamed into place and their folders fsynced.
 *
 * So no change is ever on disk without its line; a crash after step 2 is finished by whoever next
 * takes the case lock (`recoverAfterCrash`), which finds the temp files by their hashes. One fsync of
 * the log per action: the line is both intent and commit, because it names exactly what the files
 * will hold. A failure in step 1 or 2 (disk full, read-only) leaves the case as it was; should a
 * rename fail in step 3, the files already placed are put back and an `audit.rollback` line says so.
 * The caller holds the case lock.
 */
export async function commitAudited(caseDir: string, change: AuditedChange): Promise<AuditEntry[]> {
  const placements: Placement[] = [];
  const recorded: { path: string; sha256: string; line?: number }[] = [];
  try {
    for (const move of change.moves ?? []) {
      placements.push({ path: move.path, target: inCase(caseDir, move.path), from: move.from, move: true });
      recorded.push(move);
    }
    for (const write of change.writes ?? []) {
      const target = inCase(caseDir, write.path);
      await mkdir(dirname(target), { recursive: true });
      const previous = await readFile(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      placements.push({ path: write.path, target, from: await writeTempFile(target, write.data), previous, move: false });
      recorded.push({ path: write.path, sha256: sha256Hex(write.data), ...(write.line === undefined ? {} : { line: write.line }) });
    }
    crashPoint('staged');
  } catch (error) {
    await discardTemps(placements);
    throw error;
  }
  let entries: AuditEntry[];
  try {
    entries = await appendAudit(caseDir, ...withFiles(change.lines, recorded));
  } catch (error) {
    await discardTemps(placements);
    throw error;
  }
  crashPoint('audited');
  const placed: Placement[] = [];
  try {
    for (const placement of placements) {
      await renameWithRetry(placement.from, placement.target);
      placed.push(placement);
      crashPoint('renamed');
    }
    for (const dir of new Set(placements.map((p) => dirname(p.target)))) await fsyncDirectory(dir);
  } catch (error) {
    await rollBack(caseDir, entries, placed, placements.filter((p) => !placed.includes(p)));
    throw error;
  }
  return entries;
}

async function discardTemps(placements: readonly Placement[]): Promise<void> {
  for (const placement of placements) if (!placement.move) await unlink(placement.from).catch(() => {});
}

/**
 * Undoes a decided change whose files could not all be placed (on Windows a scanner can hold a file
 * for longer than our retries): what was placed goes back (originals return to staging), and a line
 * records what each file holds again. Best effort: should this fail too, verify shows the mismatch.
 */
async function rollBack(caseDir: string, entries: readonly AuditEntry[], placed: readonly Placement[], unplaced: readonly Placement[]): Promise<void> {
  const files: FileHashes = {};
  try {
    for (const placement of [...placed].reverse()) {
      if (placement.move) {
        await rename(placement.target, placement.from);
        files[placement.path] = null;
      } else if (placement.previous === null || placement.previous === undefined) {
        await unlink(placement.target);
        files[placement.path] = null;
      } else {
        const temp = await writeTempFile(placement.target, placement.previous);
        await renameWithRetry(temp, placement.target);
        files[placement.path] = sha256Hex(placement.previous);
      }
    }
    for (const placement of unplaced) {
      if (placement.move) files[placement.path] = null;
      else {
        await unlink(placement.from).catch(() => {});
        files[placement.path] = placement.previous ? sha256Hex(placement.previous) : null;
      }
    }
    await appendAudit(caseDir, { action: 'audit.rollback', detail: { lines: entries.map((entry) => entry.seq) }, files });
  } catch {
    // The original failure is what the person needs to hear about.
  }
}

/** Two parts of one action as one change: `second`'s lines follow `first`'s, each file staying on its line. */
export function joinChanges(first: AuditedChange, second: AuditedChange | undefined): AuditedChange {
  if (!second) return first;
  const pin = <T extends { line?: number }>(files: readonly T[] | undefined, lines: number, offset: number) =>
    (files ?? []).map((file) => ({ ...file, line: (file.line ?? lines - 1) + offset }));
  return {
    lines: [...first.lines, ...second.lines],
    moves: [...pin(first.moves, first.lines.length, 0), ...pin(second.moves, second.lines.length, first.lines.length)],
    writes: [...pin(first.writes, first.lines.length, 0), ...pin(second.writes, second.lines.length, first.lines.length)],
  };
}
