import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ArchiveRefusalReason } from '../../shared/domain/archive';
import { ArchiveRefusal } from './archive-refusal';
import { collisionKey, entryKind, entryNameProblem, kindProblem } from './entry-rules';

/** How much an archive may unpack to: checked on the declared sizes first, then on the bytes as they stream. */
export interface ArchiveLimits {
  maxEntries: number;
  maxTotalBytes: number;
}

/** A file of an archive that passed every check of {@link SafeZip.open}. */
export interface ArchiveFile {
  /** As named in the archive: relative, `/`-separated, safe on every system. */
  name: string;
  /** The declared uncompressed size; reading fails if the data holds more or fewer bytes. */
  size: number;
  /** When the file was last changed, as the archive records it (to the second with the Info-ZIP timestamp yazl writes). */
  mtime: Date;
}

const STORED = 0;
const DEFLATED = 8;
/** The fixed part of a local file header: no entry's data can begin closer than this to the next header. */
const LOCAL_HEADER_BYTES = 30;

/** yauzl's own size checks, which it reports as plain errors while the data streams. */
const SIZE_ERROR = /bytes in the stream|size mismatch/i;

/**
 * A zip archive opened for reading with every entry checked before a byte of data is read: safe names
 * (see `entry-rules.ts`), regular files and folders only, no two names that one file system would
 * merge, a bounded number of entries and declared bytes, no entries sharing data, no encryption, only
 * stored or deflated data. Reading then enforces each entry's declared size on the bytes themselves
 * (yauzl's `validateEntrySizes`, and a count of our own), so a lying header cannot unpack more than
 * the limits allow. Anything refused is an {@link ArchiveRefusal} naming the entry.
 *
 * yauzl is asked not to decode names (`decodeStrings: false`) so that every name check is ours, with
 * our messages; names are then decoded as yauzl would, backslashes kept so they can be refused.
 */
export class SafeZip {
  private constructor(
    readonly path: string,
    private readonly zip: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
    /** Regular files in archive order; folders are implied by the file names. */
    readonly files: readonly ArchiveFile[],
  ) {}

  static async open(path: string, limits: ArchiveLimits): Promise<SafeZip> {
    let zip: ZipFile;
    try {
      zip = await yauzl.openPromise(path, { autoClose: false, lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: true });
    } catch (error) {
      // File-system errors (ENOENT, EACCES, EISDIR) carry a code; a malformed archive does not.
      if ((error as NodeJS.ErrnoException).code) throw error;
      throw new ArchiveRefusal('not-zip', path);
    }
    try {
      const { entries, files } = await checkEntries(path, zip, limits);
      return new SafeZip(path, zip, entries, files);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /**
   * The data of a file, decompressed. The stream fails with an {@link ArchiveRefusal} as soon as it
   * holds more bytes than declared, or at its end if it held fewer.
   */
  async read(file: ArchiveFile): Promise<Readable> {
    const entry = this.entries.get(file.name)!;
    let data: Readable;
    try {
      data = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw new ArchiveRefusal('damaged', this.path, file.name);
    }
    const refuse = (reason: ArchiveRefusalReason) => new ArchiveRefusal(reason, this.path, file.name);
    let seen = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done: TransformCallback) {
        seen += chunk.length;
        done(seen > file.size ? refuse('size-mismatch') : null, chunk);
      },
      flush(done: TransformCallback) {
        done(seen !== file.size ? refuse('size-mismatch') : null);
      },
    });
    data.once('error', (error: Error) => {
      data.unpipe(counted);
      counted.destroy(SIZE_ERROR.test(error.message) ? refuse('size-mismatch') : refuse('damaged'));
    });
    return data.pipe(counted);
  }

  /** The SHA-256 of a file's data. */
  async hash(file: ArchiveFile): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of await this.read(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /** A small file (a manifest) whole; the caller checks its declared size first. */
  async bytes(file: ArchiveFile): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.read(file)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Writes a file's data to `target`, which must not exist yet (`wx`), flushed to disk, and returns its
   * SHA-256. On failure the partial file is left for the caller, who removes its whole staging folder.
   */
  async copyTo(file: ArchiveFile, target: string, mode = 0o644): Promise<string> {
    const hash = createHash('sha256');
    const handle = await open(target, 'wx', mode);
    try {
      for await (const chunk of await this.read(file)) {
        hash.update(chunk as Buffer);
        await handle.write(chunk as Buffer);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    return hash.digest('hex');
  }

  close(): void {
    this.zip.close();
  }
}

/** The name as yauzl would decode it (UTF-8 when flagged, CP437 otherwise), from the name field alone or with the Unicode path extra field. */
const decodedName = (entry: Entry, withExtraFields: boolean): string =>
  yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, withExtraFields ? entry.extraFields : [], true);

async function checkEntries(path: string, zip: ZipFile, limits: ArchiveLimits): Promise<{ entries: Map<string, Entry>; files: ArchiveFile[] }> {
  // The count is in the end-of-archive record: a million-entry archive is refused before reading one.
  if (zip.entryCount > limits.maxEntries) throw new ArchiveRefusal('too-many-entries', path, undefined, limits.maxEntries);
  const entries = new Map<string, Entry>();
  const files: ArchiveFile[] = [];
  /** What each place on disk is claimed by: a file, a folder entry, or a folder implied by names below it. */
  const taken = new Map<string, 'file' | 'entry' | 'implied'>();
  const spans: { name: string; start: number; end: number }[] = [];
  let total = 0;
  const refuse = (reason: ArchiveRefusalReason, name?: string, limit?: number) => new ArchiveRefusal(reason, path, name, limit);

  let iterator: AsyncIterableIterator<Entry>;
  try {
    iterator = zip.eachEntry();
  } catch {
    throw refuse('not-zip');
  }
  for (;;) {
    let next: IteratorResult<Entry>;
    try {
      next = await iterator.next();
    } catch {
      throw refuse('not-zip');
    }
    if (next.done) break;
    const entry = next.value;
    const name = decodedName(entry, true);
    // An Info-ZIP Unicode path that differs from the plain name: other tools would write the other one.
    if (name !== decodedName(entry, false)) throw refuse('unsafe-path', name);
    const nameProblem = entryNameProblem(name);
    if (nameProblem) throw refuse(nameProblem, name);
    const kind = entryKind(name, entry.versionMadeBy, entry.externalFileAttributes);
    const special = kindProblem(kind);
    if (special) throw refuse(special, name);
    if (kind === 'directory' && (!name.endsWith('/') || entry.uncompressedSize !== 0)) throw refuse('special-file', name);
    if (entry.isEncrypted()) throw refuse('encrypted', name);
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) throw refuse('unsupported-compression', name);

    // The name and every folder above it claim a place on disk: a file's place, or a folder named
    // twice, cannot be claimed again; folders implied by several names are shared.
    const segments = name.replace(/\/$/, '').split('/');
    for (let depth = 1; depth <= segments.length; depth++) {
      const key = collisionKey(segments.slice(0, depth).join('/'));
      const own = depth === segments.length;
      const earlier = taken.get(key);
      if (earlier === 'file' || (earlier && own && kind === 'file') || (earlier === 'entry' && own)) throw refuse('duplicate', name);
      taken.set(key, own ? (kind === 'file' ? 'file' : 'entry') : (earlier ?? 'implied'));
    }
    if (kind === 'directory') continue;

    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw refuse('too-large', name, limits.maxTotalBytes);
    spans.push({ name, start: entry.relativeOffsetOfLocalHeader, end: entry.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + entry.compressedSize });
    entries.set(name, entry);
    files.push({ name, size: entry.uncompressedSize, mtime: entry.getLastModDate() });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) throw refuse('overlapping', spans[i]!.name);
  return { entries, files };
}

