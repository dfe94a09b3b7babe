import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * Names inside a case folder, in a module of their own so that the index's change check and the
 * CLI's quick listing can find the files without loading the modules that read and write them (and
 * their schemas). Each of those modules re-exports the names it owns.
 */
export const CASE_FILE_NAME = 'case.json';
export const EVIDENCE_FILE_NAME = 'evidence.json';
export const TIMELINE_FILE_NAME = 'timeline.json';
/** The originals (read-only), and `ocr/` inside it with what was read from the images. */
export const EVIDENCE_DIR = 'evidence';
export const OCR_DIR = 'ocr';
/** Copies of an import on their way in: only a crash leaves something here. */
export const STAGING_DIR = '.staging';
/** The per-case lock: present only while a process writes the case, or after one died doing so. */
export const CASE_LOCK_NAME = '.case.lock';

/**
 * Names of the case folders under `casesDir`, sorted: real directories only (symlinks are never
 * followed), no hidden entries (a new case being assembled, a lock's takeover guard). None when
 * `casesDir` does not exist (a workspace that never had a case).
 */
export function listCaseFolders(casesDir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(casesDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Whether a crash may have left work to recover in a case folder: its lock is there (held by a live
 * process, or left by a dead one) or copies wait in `.staging/`. Opening the workspace recovers such
 * a folder; everything else can be read as it is.
 */
export function showsUnfinishedWork(caseDir: string): boolean {
  if (lstatSync(join(caseDir, CASE_LOCK_NAME), { throwIfNoEntry: false })) return true;
  const staging = join(caseDir, STAGING_DIR);
  return lstatSync(staging, { throwIfNoEntry: false }) !== undefined && readdirSync(staging).length > 0;
}
