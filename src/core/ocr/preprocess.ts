import sharp from 'sharp';

/** A horizontal slice of an image, ready for the engine, and where it sits in the original. */
export interface Band {
  png: Buffer;
  /** Top of the band in original pixels. */
  top: number;
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
 * Nothing narrower or lower than this (in original pixels) holds a line of text, and Tesseract's
 * local thresholding fails on it (its window would be smaller than two pixels).
 */
export const MIN_SIDE = 16;

/**
 * Prepares an image for OCR: EXIF orientation applied, grayscale, contrast stretched (low-contrast
 * photos of screens), dark mode inverted to dark text on light, small text upscaled, and long images
 * cut into overlapping bands; blank bands are skipped.
 */
export async function prepareBands(path: string): Promise<{ width: number; height: number; bands: Band[] }> {
  const base = sharp(path, { failOn: 'none', limitInputPixels: 200_000_000 }).rotate().flatten({ background: '#ffffff' }).grayscale();
  const { data, info } = await base.clone().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const channels = info.channels;
  let sum = 0;
  for (let i = 0; i < data.length; i += channels) sum += data[i]!;
  const dark = sum / (data.length / channels) < 110;
  const factor = Math.min(MAX_SCALE, Math.max(1, UPSCALE_BELOW_WIDTH / width));
  const bands: Band[] = [];
  const readable = width >= MIN_SIDE && height >= MIN_SIDE;
  for (let top = 0; readable && top < height; top += BAND_HEIGHT - BAND_OVERLAP) {
    const bandHeight = Math.min(BAND_HEIGHT, height - top);
    // A last band no taller than the overlap lies wholly inside the band above, which read it.
    if (top > 0 && bandHeight <= BAND_OVERLAP) break;
    let band = sharp(data, { raw: { width, height, channels } }).extract({ left: 0, top, width, height: bandHeight });
    const stats = await band.clone().stats();
    // One pixel has no deviation at all (sharp says NaN): blank too.
    if (!((stats.channels[0]?.stdev ?? 0) >= BLANK_STDEV)) continue;
    if (dark) band = band.negate({ alpha: false });
    // The background (the median) becomes white and the darkest text black, then mid greys are
    // pushed darker: faint grey chat times and low-contrast text get their contrast back, a dimmed
    // overlay behind a pop-up turns white. (A hard threshold loses low-contrast pages altogether.)
    band = band.normalise({ lower: 1, upper: 50 }).linear(1.4, -0.4 * 255);
    if (factor > 1) band = band.resize({ width: Math.round(width * factor), kernel: 'lanczos3' });
    bands.push({ png: await band.withMetadata({ density: 300 }).png({ compressionLevel: 1 }).toBuffer(), top, scale: 1 / factor });
    if (top + bandHeight >= height) break;
  }
  return { width, height, bands };
}
