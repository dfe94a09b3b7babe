import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Temp files are named `<target>.tmp-<hex>` so a sweep can recognise them without guessing. */
const TEMP_SUFFIX = /\.tmp-[0-9a-f]{12}$/;

export const isTempFileName = (name: string): boolean => TEMP_SUFFIX.test(name);

const RENAME_ATTEMPTS = 8;
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY']);

/**
 * Renames, retrying a bounded number of times on EPERM/EBUSY: on Windows an antivirus scanner or the
 * search indexer briefly holds files open, and a rename over an open file fails until it lets go.
 */
export async function renameWithRetry(
  from: string,
  to: string,
  renameFile: (from: string, to: string) => Promise<void> = rename,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await renameFile(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(code)) throw error;
      await sleep(Math.min(10 * 2 ** attempt, 250));
    }
  }
}

/**
 * Makes a rename in `dir` durable. Windows cannot open a directory for fsync (and NTFS journals the
 * rename itself); some network file systems refuse directory fsync, which we tolerate rather than fail
 * a write whose data is already safely on disk.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` with `data` so that a reader (or a crash) sees either the old or the new content,
 * never a mix: write a fresh temp file (`wx`, so we never write through someone else's file), fsync,
 * rename over the target, fsync the directory. On failure the temp file is removed.
 *
 * @example await writeFileAtomic('/ws/cases/20240520-星耀卡盟-KM1/case.json', json)
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    // Errors from writing through a file handle carry no path; name the file the person knows.
    const errno = error as NodeJS.ErrnoException;
    if (errno.code && !errno.path) errno.path = target;
    throw error;
  }
  await fsyncDirectory(dirname(target));
}

/**
 * Temp files younger than this may belong to a write in progress in another process (the CLI and the
 * app share a workspace); a write takes milliseconds, so anything older is a leftover from a crash.
 */
const TEMP_FILE_GRACE_MS = 60_000;

/**
 * Removes leftover temp files (from a crash or SIGKILL mid-write) directly inside `dir`, whose entry
 * names the caller may already have listed. The listing is synchronous: opening a workspace sweeps a
 * few folders per case, and for a thousand cases promise round trips cost more than the listings.
 */
export async function sweepTempFiles(dir: string, now: number = Date.now(), names: readonly string[] = listNames(dir)): Promise<string[]> {
  const removed: string[] = [];
  for (const name of names.filter(isTempFileName)) {
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || now - info.mtimeMs < TEMP_FILE_GRACE_MS) continue;
      await unlink(path);
      removed.push(name);
    } catch {
      // Gone already (another process swept it): nothing to do.
    }
  }
  return removed;
}

/** The names in a folder, or none when it cannot be listed (it does not exist yet). */
function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
