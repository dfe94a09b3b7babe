import { statSync } from 'node:fs';

/** What the index remembers of a file (`case.json`, `evidence.json`) to tell, with one `stat`, whether it changed. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export const stampOf = (info: { mtimeMs: number; size: number }): FileStamp => ({ mtimeMs: info.mtimeMs, size: info.size });

export const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined): boolean =>
  a !== undefined && b !== undefined && a.mtimeMs === b.mtimeMs && a.size === b.size;

/** Like {@link sameStamp}, for a file that may not exist: two absences are the same. */
export const sameOptionalStamp = (a: FileStamp | undefined, b: FileStamp | undefined): boolean =>
  a === undefined && b === undefined ? true : sameStamp(a, b);

/**
 * The stamp of the file at `path`, or undefined when there is none (or it cannot be seen). A missing
 * file is the common case (a case without evidence yet) and is answered without an exception; the
 * call is synchronous inside because a workspace open stamps every case's files.
 */
export async function statStamp(path: string): Promise<FileStamp | undefined> {
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    return info && stampOf(info);
  } catch {
    return undefined;
  }
}
