import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

/** SHA-256 of a file, streamed so that memory stays flat for multi-GB videos. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export type FileKind = 'file' | 'missing' | 'symlink' | 'directory' | 'other';

export async function fileKind(path: string): Promise<FileKind> {
  try {
    const info = await lstat(path);
    if (info.isFile()) return 'file';
    if (info.isSymbolicLink()) return 'symlink';
    return info.isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/**
 * SHA-256 of a regular file without following a link (a link put in place of a file is never what
 * was recorded); undefined when there is no regular file at `path`.
 */
export async function hashRegularFile(path: string): Promise<string | undefined> {
  let handle;
  try {
    // NONBLOCK: a FIFO put in place of a file must not hang the check.
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ highWaterMark: 1024 * 1024, autoClose: false })) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}
