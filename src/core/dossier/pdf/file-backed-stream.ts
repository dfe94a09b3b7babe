import { closeSync, openSync, readSync } from 'node:fs';
import { PDFStream, type PDFContext, type PDFDict } from 'pdf-lib';
import type { ByteRange } from './png-layout';

/**
 * A PDF stream whose bytes stay in a file until the document is written: a dossier of hundreds of
 * photos holds none of them in memory. `writePdfFile` copies the ranges straight from the file; the
 * synchronous `getContents` only serves pdf-lib's own writers, should anything call them.
 */
export class FileBackedStream extends PDFStream {
  readonly length: number;

  constructor(
    dict: PDFDict,
    readonly file: string,
    readonly ranges: readonly ByteRange[],
  ) {
    super(dict);
    this.length = ranges.reduce((sum, range) => sum + range.length, 0);
  }

  override clone(context?: PDFContext): FileBackedStream {
    return new FileBackedStream(this.dict.clone(context), this.file, this.ranges);
  }

  override getContentsSize(): number {
    return this.length;
  }

  override getContents(): Uint8Array {
    const contents = Buffer.alloc(this.length);
    const fd = openSync(this.file, 'r');
    try {
      let at = 0;
      for (const range of this.ranges) at += readSync(fd, contents, at, range.length, range.offset);
    } finally {
      closeSync(fd);
    }
    return contents;
  }

  override getContentsString(): string {
    return this.getContents().toString();
  }
}
