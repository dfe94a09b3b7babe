/**
 * The app's log file: `main.log` in the app's log folder, rotated at 1 MiB into `main.1.log` …
 * `main.3.log`, so a long-running install never fills the disk and the last few sessions are there
 * to send with a problem report. No `electron` import: the same setup runs on electron-log's Node
 * logger in the tests; `app-log.ts` applies it to the main process's logger.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import type { NodeLogger } from 'electron-log';

export const LOG_FILE_NAME = 'main.log';

export interface LogFileOptions {
  /** Size at which the file is rotated, in bytes. */
  maxSize?: number;
  /** Rotated files kept besides the current one. */
  keep?: number;
}

/** `main.log` → `main.1.log` → `main.2.log` …; the oldest beyond `keep` is deleted. */
export function rotateLogFiles(path: string, keep: number): void {
  const { dir, name, ext } = parse(path);
  const generation = (n: number) => join(dir, `${name}.${n}${ext}`);
  rmSync(generation(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (existsSync(generation(n))) renameSync(generation(n), generation(n + 1));
  }
  renameSync(path, generation(1));
}

/** Points the logger's file transport at `dir` with rotation; returns the log file's path. */
export function configureLogFile(logger: NodeLogger, dir: string, { maxSize = 1024 ** 2, keep = 3 }: LogFileOptions = {}): string {
  const path = join(dir, LOG_FILE_NAME);
  const file = logger.transports.file;
  file.resolvePathFn = () => path;
  file.maxSize = maxSize;
  file.archiveLogFn = (old) => {
    try {
      rotateLogFiles(old.path, keep);
    } catch {
      // A rotated file held open (an editor, a virus scanner on Windows): start the log afresh instead.
      old.clear();
    }
  };
  return path;
}
