import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFHexString, type PDFContext, type PDFRef } from 'pdf-lib';
import sharp from 'sharp';
import { FileBackedStream } from './file-backed-stream';
import { readPngLayout, type ByteRange } from './png-layout';

/** Clockwise quarter turns that show a picture upright (a JPEG's EXIF orientation, applied when drawn). */
export type QuarterTurns = 0 | 1 | 2 | 3;

/** A picture ready to go into a PDF as it is stored: its image dictionary and where its bytes are. */
export interface ImageSource {
  width: number;
  height: number;
  turns: QuarterTurns;
  dict: Record<string, unknown>;
  file: string;
  ranges: ByteRange[];
}

/** EXIF orientations that are pure rotations; mirrored ones (2, 4, 5, 7) are baked in by re-encoding. */
const TURNS: Partial<Record<number, QuarterTurns>> = { 1: 0, 6: 1, 3: 2, 8: 3 };
/** Formats whose pictures are photographs: a converted copy is a JPEG, otherwise a lossless PNG. */
const PHOTO_FORMATS = new Set(['jpeg', 'webp', 'heif', 'avif', 'tiff', 'jp2']);

async function jpegSource(path: string): Promise<ImageSource | undefined> {
  const meta = await sharp(path).metadata();
  const turns = TURNS[meta.orientation ?? 1];
  const colorSpace = meta.channels === 3 && meta.space === 'srgb' ? 'DeviceRGB' : meta.channels === 1 ? 'DeviceGray' : undefined;
  if (turns === undefined || !colorSpace || meta.depth !== 'uchar' || !meta.width || !meta.height) return undefined;
  const { size } = await stat(path);
  return {
    width: meta.width,
    height: meta.height,
    turns,
    dict: { Type: 'XObject', Subtype: 'Image', Width: meta.width, Height: meta.height, ColorSpace: colorSpace, BitsPerComponent: 8, Filter: 'DCTDecode' },
    file: path,
    ranges: [{ offset: 0, length: size }],
  };
}

/** Gray, RGB and palette PNGs without transparency or interlacing: the PDF reads their data as it is. */
async function pngSource(path: string): Promise<ImageSource | undefined> {
  const png = readPngLayout(await readFile(path));
  if (!png || png.interlaced || png.transparent) return undefined;
  const colors = { 0: 1, 2: 3, 3: 1 }[png.colorType];
  if (colors === undefined || (png.colorType === 3 && !png.palette) || (png.colorType === 2 && png.bitDepth < 8)) return undefined;
  const colorSpace =
    png.colorType === 3 ? ['Indexed', 'DeviceRGB', png.palette!.length / 3 - 1, PDFHexString.of(png.palette!.toString('hex'))] : colors === 3 ? 'DeviceRGB' : 'DeviceGray';
  return {
    width: png.width,
    height: png.height,
    turns: 0,
    dict: {
      Type: 'XObject',
      Subtype: 'Image',
      Width: png.width,
      Height: png.height,
      ColorSpace: colorSpace,
      BitsPerComponent: png.bitDepth,
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.bitDepth, Columns: png.width },
    },
    file: path,
    ranges: png.idat,
  };
}

/**
 * A copy a PDF can take as it is, for pictures it cannot: transparency flattened onto white (paper),
 * mirrored orientations baked in, WebP/HEIC/GIF/TIFF/CMYK converted. Photographs become JPEGs, anything
 * else a lossless PNG.
 */
async function convertedSource(path: string, scratchDir: string, name: string): Promise<ImageSource | undefined> {
  const image = sharp(path, { animated: false }).rotate().flatten({ background: '#ffffff' }).toColourspace('srgb');
  const { format } = await sharp(path).metadata();
  const photo = PHOTO_FORMATS.has(format ?? '');
  const target = join(scratchDir, `${name}.${photo ? 'jpg' : 'png'}`);
  await (photo ? image.jpeg({ quality: 90 }) : image.png({ compressionLevel: 6 })).toFile(target);
  return photo ? jpegSource(target) : pngSource(target);
}

/**
 * How a picture goes into a PDF: JPEGs and plain PNGs as they are stored (no re-encoding, so a
 * 100-photo dossier costs a file copy, not a recompression), anything else through a converted copy
 * in `scratchDir` (named after `name`). Undefined when the file cannot be read as a picture.
 */
export async function prepareImage(path: string, mediaType: string, scratchDir: string, name: string): Promise<ImageSource | undefined> {
  try {
    const direct = mediaType === 'image/jpeg' ? await jpegSource(path) : mediaType === 'image/png' ? await pngSource(path) : undefined;
    return direct ?? (await convertedSource(path, scratchDir, name));
  } catch {
    return undefined;
  }
}

/** Registers the picture as an image XObject whose bytes are read from its file only when the PDF is written. */
export function registerImage(context: PDFContext, source: ImageSource): PDFRef {
  // pdf-lib turns strings into names, numbers and arrays into their PDF objects, and keeps the hex string.
  const dict = context.obj(source.dict as Record<string, never>);
  return context.register(new FileBackedStream(dict, source.file, source.ranges));
}
