import { constants } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';

/** A path that names a link, a folder, a pipe or a device where a plain file was expected. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor(readonly path: string) {
    super(`not a regular file: ${path}`);
  }
}

export interface OpenedFile {
  handle: FileHandle;
  /** From the open descriptor, so it is the size of what will be read. */
  size: number;
}

// Windows has neither flag: there the lstat below refuses links before the open.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** A named pipe would block a plain open until a writer appears; non-blocking, the fstat refuses it at once. */
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

/** What the kernel answers for O_NOFOLLOW on a link: ELOOP on Linux and macOS, EMLINK on FreeBSD. */
const LINK_REFUSED = new Set(['ELOOP', 'EMLINK']);

/**
 * Opens a file for reading without following a link at any step a case controls: each of `folders`
 * (from the case folder down) must be a real folder, the file is opened with O_NOFOLLOW, and the
 * open descriptor must be a regular file. The caller owns the handle and closes it (a read stream
 * made from it closes it at its end).
 *
 * @throws {NotRegularFileError} for a link, folder, pipe, socket or device; ENOENT when it is not there.
 */
export async function openRegularFile(path: string, folders: readonly string[] = []): Promise<OpenedFile> {
  for (const folder of folders) {
    const stats = await lstat(folder);
    if (!stats.isDirectory()) throw new NotRegularFileError(folder);
  }
  if (NO_FOLLOW === 0 && (await lstat(path)).isSymbolicLink()) throw new NotRegularFileError(path);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | NO_FOLLOW | NON_BLOCKING);
  } catch (error) {
    if (LINK_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw new NotRegularFileError(path);
    throw error;
  }
  const stats = await handle.stat().catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  if (!stats.isFile()) {
    await handle.close();
    throw new NotRegularFileError(path);
  }
  return { handle, size: stats.size };
}
