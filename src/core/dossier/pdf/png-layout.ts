/** A byte range of a file: where a piece of a picture's compressed data lies. */
export interface ByteRange {
  offset: number;
  length: number;
}

/** What a PDF needs from a PNG to show its compressed pixels without decoding them. */
export interface PngLayout {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 gray, 2 RGB, 3 palette, 4 gray + alpha, 6 RGB + alpha. */
  colorType: number;
  interlaced: boolean;
  /** The PLTE chunk (RGB triples) of a palette image. */
  palette?: Buffer;
  /** A tRNS chunk: some colour is transparent. */
  transparent: boolean;
  /** The IDAT chunks' data, which together are one zlib stream. */
  idat: ByteRange[];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Walks a PNG's chunks (no pixel is decoded). PNG image data is a zlib stream of rows, each prefixed by
 * its filter type: exactly what a PDF Flate stream with predictor 15 reads, so the bytes can go into the
 * PDF as they are. Hand-written because the PNG readers at hand decode pixels or copy IDAT byte by byte
 * into arrays, which for a 2 MB screenshot is slower than the whole PDF write. Undefined when the file
 * is not a well-formed PNG.
 */
export function readPngLayout(bytes: Buffer): PngLayout | undefined {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) return undefined;
  let layout: PngLayout | undefined;
  let palette: Buffer | undefined;
  let transparent = false;
  const idat: ByteRange[] = [];
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = at + 8;
    if (data + length + 4 > bytes.length) return undefined;
    if (type === 'IHDR' && length >= 13) {
      layout = {
        width: bytes.readUInt32BE(data),
        height: bytes.readUInt32BE(data + 4),
        bitDepth: bytes[data + 8]!,
        colorType: bytes[data + 9]!,
        interlaced: bytes[data + 12] !== 0,
        transparent: false,
        idat,
      };
    } else if (type === 'PLTE') palette = bytes.subarray(data, data + length);
    else if (type === 'tRNS') transparent = true;
    else if (type === 'IDAT') idat.push({ offset: data, length });
    else if (type === 'IEND') break;
    at = data + length + 4;
  }
  if (!layout || idat.length === 0 || layout.width === 0 || layout.height === 0) return undefined;
  return { ...layout, transparent, ...(palette ? { palette } : {}) };
}
