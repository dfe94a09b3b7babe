import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, statfs, unlink, type FileHandle } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { ApiFailure } from '../../shared/api/dispatch';
import { evidenceMessages as m } from '../../shared/messages/evidence';
import { processTag } from '../fs/process-identity';
import { removeReadOnlyFile } from '../fs/remove-read-only';
import { STAGING_DIR } from '../cases/case-folder-layout';

/** Inside the case folder, so the final rename never crosses file systems. */
export { STAGING_DIR };
const CHUNK = 1024 * 1024;
/** Keep some room for the index, the audit log and the OS after the copy. */
const FREE_SPACE_MARGIN = 16 * 1024 * 1024;

/** A complete copy of an original waiting in `.staging/` to be committed. */
export interface StagedCopy {
  id: string;
  stagingPath: string;
  sha256: string;
  size: number;
  /** Settles once the copy is fsynced and read-only; nothing may be committed before. */
  durable: Promise<void>;
  /** The source's modification time, used as capture time when the file has none of its own. */
  sourceMtime: Date;
}

export interface CopyOptions {
  signal?: AbortSignal;
  /** Called after each chunk with the bytes copied so far. */
  onProgress?: (copied: number) => void;
}

/** `<item id>.<process tag>.part`: the tag tells a copy a crashed process left from one a running process will commit. */
const stagingPathFor = (caseDir: string, id: string) => join(caseDir, STAGING_DIR, `${id}.${processTag()}.part`);

const isDiskFull = (error: unknown) => ['ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException).code ?? '');

async function ensureFreeSpace(caseDir: string, bytes: number, name: string): Promise<void> {
  const fs = await statfs(caseDir);
  if (fs.bavail * fs.bsize < bytes + FREE_SPACE_MARGIN) throw new ApiFailure('io', m.diskFull(name));
}

/**
 * Streams `chunks` into a new staging file, hashing while writing: one read pass over the original
 * instead of copy-then-hash. The file is fsynced and made read-only before anyone can see it.
 * On any failure or cancellation the staging file is removed; a disk that fills up during the copy (the
 * free-space check cannot see other writers) is reported naming the file, like a failed check.
 */
async function writeStaged(
  caseDir: string,
  id: string,
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  options: CopyOptions,
): Promise<{ stagingPath: string; sha256: string; size: number; durable: Promise<void> }> {
  // Not recursive: the case folder exists, and Node's recursive mkdir reports a read-only disk as ENOENT.
  await mkdir(join(caseDir, STAGING_DIR)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const stagingPath = stagingPathFor(caseDir, id);
  const hash = createHash('sha256');
  let size = 0;
  let target: FileHandle | undefined;
  // The write of one chunk overlaps the read and hashing of the next: one pass, no idle disk.
  let writing: Promise<unknown> = Promise.resolve();
  try {
    target = await open(stagingPath, 'wx', 0o600);
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new ApiFailure('invalid', m.cancelled(name));
      hash.update(chunk);
      await writing;
      writing = target.write(chunk);
      // Marked as handled at once: it can fail (disk full) while the next chunk is read, before the
      // loop awaits it, and an unhandled rejection would take the whole process down.
      writing.catch(() => {});
      size += chunk.byteLength;
      options.onProgress?.(size);
    }
    await writing;
    if (options.signal?.aborted) throw new ApiFailure('invalid', m.cancelled(name));
    const written = target;
    target = undefined;
    // Made durable (fsync) and read-only while the caller copies the next file; a batch awaits every
    // `durable` before it commits, so nothing is committed that is not on disk.
    const durable = (async () => {
      try {
        // datasync: the contents and the size, which is all a new file needs (its name is made durable
        // by the directory fsync after the rename).
        await written.datasync();
        await written.chmod(0o444);
      } finally {
        await written.close();
      }
    })();
    durable.catch(() => {});
    return { stagingPath, sha256: hash.digest('hex'), size, durable };
  } catch (error) {
    await writing.catch(() => {});
    await target?.close().catch(() => {});
    await unlink(stagingPath).catch(() => {});
    throw isDiskFull(error) ? new ApiFailure('io', m.diskFull(name)) : error;
  }
}

async function* readChunks(handle: FileHandle): AsyncGenerator<Uint8Array> {
  // Two buffers, used in turn: a fresh 1 MB buffer per read costs page faults that made the copy four
  // times slower. Reuse is safe because the writer awaits the write of chunk k-1 before it asks for
  // chunk k+1, which goes into chunk k-1's buffer; chunk k's write may still be running on the other.
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  for (let turn = 0; ; turn++) {
    const buffer = buffers[turn % 2]!;
    const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

/**
 * Stages a file from the local disk (CLI, Electron): refuses links and non-regular files, checks free
 * space, copies with hashing, and rejects the copy if the source changed while it was read.
 */
export async function stageFile(caseDir: string, id: string, sourcePath: string, options: CopyOptions = {}): Promise<StagedCopy> {
  const name = basename(sourcePath);
  const before = await lstat(sourcePath).catch((error: NodeJS.ErrnoException) => {
    throw new ApiFailure('invalid', error.code === 'ENOENT' ? m.sourceMissing(sourcePath) : m.sourceUnreadable(sourcePath, error.code ?? '?'));
  });
  if (before.isSymbolicLink()) throw new ApiFailure('invalid', m.sourceSymlink(sourcePath));
  if (before.isDirectory()) throw new ApiFailure('invalid', m.sourceIsFolder(sourcePath));
  if (!before.isFile()) throw new ApiFailure('invalid', m.sourceNotRegular(sourcePath));
  await ensureFreeSpace(caseDir, before.size, name);

  let source: FileHandle;
  try {
    // No following a link swapped in after the check, and it must still be the very file we checked.
    source = await open(sourcePath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '?';
    throw new ApiFailure('invalid', code === 'ELOOP' ? m.sourceSymlink(sourcePath) : m.sourceUnreadable(sourcePath, code));
  }
  const opened = await source.stat();
  if (opened.ino !== before.ino || opened.dev !== before.dev) {
    await source.close();
    throw new ApiFailure('invalid', m.sourceChanged(sourcePath));
  }
  let staged;
  try {
    staged = await writeStaged(caseDir, id, name, readChunks(source), options);
  } finally {
    await source.close();
  }
  const after = await lstat(sourcePath).catch(() => undefined);
  if (!after || after.size !== before.size || after.mtimeMs !== before.mtimeMs || staged.size !== before.size) {
    await staged.durable.catch(() => {});
    await discardStaged(staged.stagingPath);
    throw new ApiFailure('invalid', m.sourceChanged(sourcePath));
  }
  return { id, ...staged, sourceMtime: before.mtime };
}

/**
 * Stages bytes that arrive as a stream (a browser upload through the web host). The browser hands
 * over a snapshot, so there is no source on this disk to re-check; the declared size must match.
 */
export async function stageStream(
  caseDir: string,
  id: string,
  source: Readable,
  meta: { name: string; size: number; lastModified: Date },
  options: CopyOptions = {},
): Promise<StagedCopy> {
  await ensureFreeSpace(caseDir, meta.size, meta.name);
  const staged = await writeStaged(caseDir, id, meta.name, source, options);
  if (staged.size !== meta.size) {
    await staged.durable.catch(() => {});
    await discardStaged(staged.stagingPath);
    throw new ApiFailure('invalid', m.sourceChanged(meta.name));
  }
  return { id, ...staged, sourceMtime: meta.lastModified };
}

/** Drops a staged copy (cancelled, refused, or already moved into place: then there is nothing to do). */
export const discardStaged = removeReadOnlyFile;
