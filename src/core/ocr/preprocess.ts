import sharp from 'sharp';

/** A horizontal slice of an image, ready for the engine, and where it sits in the original. */
export interface Band {
  /**
   * The band as a binary PGM (8-bit grey): Leptonica reads it as it is, where a PNG would cost an
   * encoding here and a decoding inside the engine.
   */
  pgm: Buffer;
  /** Top of the band in original pixels. */
  top: number;
  /** Top of the image handed to the engine in original pixels: blank rows above the text are left out. */
  imageTop: number;
  /** Original pixels per engine pixel (the band may be upscaled). */
  scale: number;
}

/**
 * Images narrower than this are upscaled: their text (a 720 px phone's chat text is about 25 px
 * high) is below what Tesseract's LSTM reads well. A 1080 px phone screenshot's text reads as it is,
 * and upscaling it would double the time.
 */
const UPSCALE_BELOW_WIDTH = 1000;
const MAX_SCALE = 2;
/** Long phone screenshots are read in bands (with an overlap so no line is cut in two). */
export const BAND_HEIGHT = 2400;
export const BAND_OVERLAP = 120;
/** A band with almost no variation (a blank part of a screen) is not worth reading. */
const BLANK_STDEV = 2;
/**
 * Rows above and below the text whose pixels are all at least this light, after the contrast
 * table, are left out: Tesseract's local threshold (a fraction of the neighbourhood's mean) can never
 * make them black, yet it and the layout analysis take time on every pixel (an order page's text fills
 * its top third). The margin kept around the text is wider than Tesseract's thresholding window.
 */
const WHITE = 250;
const TRIM_MARGIN = 32;
/**
 * Nothing narrower or lower than this (in original pixels) holds a line of text, and Tesseract's
 * local thresholding fails on it (its window would be smaller than two pixels).
 */
export const MIN_SIDE = 16;

/**
 * Prepares an image for OCR: EXIF orientation applied, grayscale, contrast stretched (low-contrast
 * photos of screens), dark mode inverted to dark text on light, small text upscaled, and long images
 * cut into overlapping bands; blank bands are skipped. The image is decoded once; the contrast is
 * one lookup table per band, applied here to the grey bytes.
 */
export async function prepareBands(path: string): Promise<{ width: number; height: number; bands: Band[] }> {
  const { data, info } = await sharp(path, { failOn: 'none', limitInputPixels: 200_000_000 })
    .rotate()
    .flatten({ background: '#ffffff' })
    .grayscale()
    .extractChannel(0)
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const dark = mean(histogram(data)) < 110;
  const factor = Math.min(MAX_SCALE, Math.max(1, UPSCALE_BELOW_WIDTH / width));
  const bands: Band[] = [];
  const readable = width >= MIN_SIDE && height >= MIN_SIDE;
  for (let top = 0; readable && top < height; top += BAND_HEIGHT - BAND_OVERLAP) {
    const bandHeight = Math.min(BAND_HEIGHT, height - top);
    // A last band no taller than the overlap lies wholly inside the band above, which read it.
    if (top > 0 && bandHeight <= BAND_OVERLAP) break;
    const pixels = data.subarray(top * width, (top + bandHeight) * width);
    const counts = histogram(pixels);
    if (stdev(counts) >= BLANK_STDEV) {
      const table = contrastTable(counts, dark);
      const mapped = Buffer.alloc(pixels.length);
      for (let i = 0; i < pixels.length; i++) mapped[i] = table[pixels[i]!]!;
      const rows = textRows(mapped, width);
      if (rows) {
        const first = Math.max(0, rows.first - TRIM_MARGIN);
        const last = Math.min(bandHeight - 1, rows.last + TRIM_MARGIN);
        let grey = mapped.subarray(first * width, (last + 1) * width);
        let size = { width, height: last + 1 - first };
        if (factor > 1) {
          const scaled = { width: Math.round(size.width * factor), height: Math.round(size.height * factor) };
          grey = await sharp(grey, { raw: { ...size, channels: 1 } })
            .resize({ ...scaled, kernel: 'lanczos3' })
            .extractChannel(0)
            .raw()
            .toBuffer();
          size = scaled;
        }
        const pgm = Buffer.concat([Buffer.from(`P5\n${size.width} ${size.height}\n255\n`), grey]);
        bands.push({ pgm, top, imageTop: top + first, scale: 1 / factor });
      }
    }
    if (top + bandHeight >= height) break;
  }
  return { width, height, bands };
}

/** The first and last row with a pixel darker than white, if any. */
function textRows(grey: Uint8Array, width: number): { first: number; last: number } | undefined {
  const dark = (row: number) => grey.subarray(row * width, (row + 1) * width).some((value) => value < WHITE);
  const height = grey.length / width;
  let first = 0;
  while (first < height && !dark(first)) first++;
  if (first === height) return undefined;
  let last = height - 1;
  while (!dark(last)) last--;
  return { first, last };
}

function histogram(pixels: Uint8Array): Float64Array {
  const counts = new Float64Array(256);
  for (let i = 0; i < pixels.length; i++) counts[pixels[i]!]!++;
  return counts;
}

function mean(counts: Float64Array): number {
  let total = 0;
  let sum = 0;
  counts.forEach((count, value) => {
    total += count;
    sum += count * value;
  });
  return sum / total;
}

function stdev(counts: Float64Array): number {
  const average = mean(counts);
  let total = 0;
  let squares = 0;
  counts.forEach((count, value) => {
    total += count;
    squares += count * (value - average) ** 2;
  });
  return Math.sqrt(squares / total);
}

/**
 * The grey levels of a band mapped in three steps. Mid greys are pushed darker (×1.4 − 102), so
 * faint grey chat times and low-contrast text get their contrast back; then the lightness (CIE L*)
 * is stretched so that the darkest 1 % of the band becomes black and its median, the background,
 * white (a hard threshold loses low-contrast pages altogether); dark mode is then inverted to dark
 * text on light.
 */
function contrastTable(counts: Float64Array, dark: boolean): Uint8Array {
  const pushed = Array.from({ length: 256 }, (_, value) => Math.min(255, Math.max(0, Math.round(1.4 * value - 102))));
  const lightnessCounts = new Float64Array(101);
  counts.forEach((count, value) => (lightnessCounts[Math.round(lightness(pushed[value]!))]! += count));
  const low = percentile(lightnessCounts, 1);
  const high = percentile(lightnessCounts, 50);
  // A band of one lightness (dark mode's background is most of it, and the darkest) has nothing to stretch.
  const stretch = (l: number) => (high - low > 1 ? ((l - low) * 100) / (high - low) : l);
  return Uint8Array.from(pushed, (value) => {
    const stretched = Math.min(255, Math.max(0, Math.round(greyOf(stretch(lightness(value))))));
    return dark ? 255 - stretched : stretched;
  });
}

/** The lightness of the smallest bin below which more than `percent` % of the counts lie. */
function percentile(counts: Float64Array, percent: number): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  let below = 0;
  for (let bin = 0; bin < counts.length; bin++) {
    below += counts[bin]!;
    if (below > (total * percent) / 100) return bin;
  }
  return counts.length - 1;
}

/** CIE L* (0–100) of an sRGB grey level. */
function lightness(grey: number): number {
  const c = grey / 255;
  const y = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** The sRGB grey level (unclamped) of a CIE L*. */
function greyOf(l: number): number {
  const y = l > 8 ? ((l + 16) / 116) ** 3 : (l * 27) / 24389;
  const c = y <= 0.0031308 ? 12.92 * y : 1.055 * Math.max(y, 0) ** (1 / 2.4) - 0.055;
  return c * 255;
}
