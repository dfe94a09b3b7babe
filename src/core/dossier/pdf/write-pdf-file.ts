import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { PDFCrossRefSection, PDFHeader, PDFTrailer, PDFTrailerDict, type PDFDocument, type PDFObject } from 'pdf-lib';
import { FileBackedStream } from './file-backed-stream';

const CHUNK = 1024 * 1024;

/** Buffered sequential writes to one file, counting the offset (for the xref table) and hashing what passes. */
class CountingOutput {
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  offset = 0;
  readonly hash = createHash('sha256');

  constructor(private readonly file: FileHandle) {}

  async write(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    this.hash.update(bytes);
    if (this.used + bytes.length > CHUNK) await this.flush();
    if (bytes.length >= CHUNK) await this.file.write(bytes);
    else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  text(text: string): Promise<void> {
    return this.write(Buffer.from(text, 'latin1'));
  }

  async object(object: { sizeInBytes(): number; copyBytesInto(buffer: Uint8Array, offset: number): number }): Promise<void> {
    const bytes = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(bytes, 0);
    await this.write(bytes);
  }

  /** Copies byte ranges of another file through the buffer, so a large picture is never read whole. */
  async copyRanges(path: string, ranges: FileBackedStream['ranges']): Promise<void> {
    const source = await open(path, 'r');
    try {
      for (const range of ranges) {
        for (let done = 0; done < range.length; ) {
          await this.flush();
          const want = Math.min(CHUNK, range.length - done);
          const { bytesRead } = await source.read(this.buffer, 0, want, range.offset + done);
          if (bytesRead === 0) throw new Error(`${path} ended before the picture data it was planned with`);
          this.hash.update(this.buffer.subarray(0, bytesRead));
          this.offset += bytesRead;
          this.used = bytesRead;
          done += bytesRead;
        }
      }
    } finally {
      await source.close();
    }
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.file.write(this.buffer, 0, this.used);
    this.used = 0;
  }
}

async function writeIndirectObject(out: CountingOutput, object: PDFObject): Promise<void> {
  if (object instanceof FileBackedStream) {
    object.updateDict();
    await out.object(object.dict);
    await out.text('\nstream\n');
    await out.copyRanges(object.file, object.ranges);
    await out.text('\nendstream');
  } else await out.object(object);
}

/**
 * Writes `doc` to `path` one object at a time, as pdf-lib's own writer lays it out (header, objects,
 * cross-reference table, trailer) but without first building the whole file in memory: the pictures
 * of a dossier are copied from their files while written (`onPicture` hears of each). Fails if
 * `signal` aborts between objects. Returns the file's size and SHA-256.
 */
export async function writePdfFile(
  doc: PDFDocument,
  path: string,
  { signal, onPicture }: { signal?: AbortSignal; onPicture?: (done: number, total: number) => void } = {},
): Promise<{ size: number; sha256: string }> {
  await doc.flush();
  const { context } = doc;
  const objects = context.enumerateIndirectObjects();
  const pictures = objects.filter(([, object]) => object instanceof FileBackedStream).length;
  let written = 0;
  const file = await open(path, 'wx');
  try {
    const out = new CountingOutput(file);
    await out.object(PDFHeader.forVersion(1, 7));
    await out.text('\n\n');
    const xref = PDFCrossRefSection.create();
    for (const [ref, object] of objects) {
      signal?.throwIfAborted();
      xref.addEntry(ref, out.offset);
      await out.text(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
      await writeIndirectObject(out, object);
      await out.text('\nendobj\n\n');
      if (object instanceof FileBackedStream) onPicture?.(++written, pictures);
    }
    const xrefOffset = out.offset;
    await out.object(xref);
    await out.text('\n');
    const { Root, Encrypt, Info, ID } = context.trailerInfo;
    await out.object(PDFTrailerDict.of(context.obj({ Size: context.largestObjectNumber + 1, Root, Encrypt, Info, ID })));
    await out.text('\n\n');
    await out.object(PDFTrailer.forLastCrossRefSectionOffset(xrefOffset));
    await out.flush();
    await file.sync();
    return { size: out.offset, sha256: out.hash.digest('hex') };
  } finally {
    await file.close();
  }
}
