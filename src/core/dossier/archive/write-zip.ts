import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { ZipFile } from 'yazl';

/** An archive entry: bytes at hand, or a file that must still have the SHA-256 it was recorded with. */
export type ZipEntry = { name: string; compress: boolean; mtime: Date } & ({ bytes: Buffer } | { file: string; sha256: string });

/** A file changed since its SHA-256 was recorded: the archive would not be what its manifest says. */
export class ChangedFileError extends Error {
  constructor(
    readonly entry: string,
    readonly file: string,
  ) {
    super(`${file} no longer has the SHA-256 recorded for ${entry}`);
    this.name = 'ChangedFileError';
  }
}

/** Passes bytes through while hashing them; at the end, fails unless they hash to `expected`. */
function checkedBytes(expected: string, onMismatch: () => Error, onDone: () => void): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      if (hash.digest('hex') !== expected) return done(onMismatch());
      onDone();
      done();
    },
  });
}

/**
 * Writes a zip archive with yazl (names UTF-8, flagged as such), streaming each file in and checking
 * on the way that it still hashes to its recorded SHA-256 — so the archive holds exactly what its
 * manifest lists, or is not written. `path` is created (never overwritten) and fsynced; on any failure
 * or abort the caller removes it. Returns the archive's size and SHA-256.
 */
export async function writeZip(
  entries: readonly ZipEntry[],
  path: string,
  { signal, onFile }: { signal?: AbortSignal; onFile?: (done: number, total: number) => void } = {},
): Promise<{ size: number; sha256: string }> {
  signal?.throwIfAborted();
  const output = createWriteStream(path, { flags: 'wx' });
  const zip = new ZipFile();
  const files = entries.filter((entry) => 'file' in entry).length;
  let filesDone = 0;
  let failure: Error | undefined;
  const streams: Transform[] = [];
  const hash = createHash('sha256');
  let size = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      for (const stream of streams) stream.destroy();
      counted.destroy();
      // Only once the file is closed can the caller remove it (Windows refuses to delete an open file).
      if (output.closed) reject(failure);
      else output.once('close', () => reject(failure));
      output.destroy();
    };
    signal?.addEventListener('abort', () => fail(signal.reason instanceof Error ? signal.reason : new Error('aborted')), { once: true });
    zip.on('error', fail);
    counted.on('error', fail);
    output.on('error', fail);
    output.on('finish', () => resolve());
    for (const entry of entries) {
      const options = { compress: entry.compress, mtime: entry.mtime };
      if ('bytes' in entry) zip.addBuffer(entry.bytes, entry.name, options);
      else {
        zip.addReadStreamLazy(entry.name, options, (provide) => {
          const check = checkedBytes(entry.sha256, () => new ChangedFileError(entry.name, entry.file), () => onFile?.(++filesDone, files));
          streams.push(check);
          check.on('error', fail);
          const source = createReadStream(entry.file, { highWaterMark: 1024 * 1024 });
          source.on('error', fail);
          provide(null, source.pipe(check));
        });
      }
    }
    zip.end();
    zip.outputStream.pipe(counted).pipe(output);
  });
  await finished;
  await fsyncFile(path);
  return { size, sha256: hash.digest('hex') };
}

/** Makes what a finished stream wrote durable before the archive is renamed into place. */
async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
