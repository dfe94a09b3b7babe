import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareBands, type Band } from '../../../src/core/ocr/preprocess';
import { tempDir } from '../temp-dir';

/** A phone-sized page of one colour with one bar of "text" of another at the given rows. */
async function page(background: string, text: string, top: number, height: number, width = 1080): Promise<string> {
  const file = join(tempDir('casebook-preprocess-'), 'page.png');
  await sharp({ create: { width, height: 2340, channels: 3, background } })
    .composite([{ input: { create: { width: 600, height, channels: 3, background: text } }, left: 100, top }])
    .png()
    .toFile(file);
  return file;
}

/** The band's PGM read back: its size and the grey level at a point. */
function pgm(band: Band) {
  const match = /^P5\n(\d+) (\d+)\n255\n/.exec(band.pgm.toString('latin1', 0, 32))!;
  const [width, height] = [Number(match[1]), Number(match[2])];
  const pixels = band.pgm.subarray(match[0].length);
  expect(pixels.length).toBe(width * height);
  return { width, height, at: (x: number, y: number) => pixels[y * width + x]! };
}

describe('prepareBands', () => {
  it('stretches faint grey text on a light page to black on white', async () => {
    // The text is more than the darkest 1 % of the page, which becomes black.
    const { bands } = await prepareBands(await page('#f5f5f5', '#b4b4b4', 300, 100));
    const image = pgm(bands[0]!);
    expect(image.at(10, 10)).toBe(255);
    expect(image.at(400, 300 - bands[0]!.imageTop + 20)).toBeLessThan(30);
  });

  it('turns dark mode into dark text on a light background', async () => {
    const { bands } = await prepareBands(await page('#111111', '#eeeeee', 300, 40));
    const image = pgm(bands[0]!);
    expect(image.at(10, 10)).toBe(255);
    expect(image.at(400, 300 - bands[0]!.imageTop + 20)).toBeLessThan(60);
  });

  it('leaves out the blank rows above and below the text, keeping where the rest lies in the original', async () => {
    const { bands } = await prepareBands(await page('#ffffff', '#000000', 1000, 40));
    expect(bands).toHaveLength(1);
    expect(bands[0]).toMatchObject({ top: 0, imageTop: 1000 - 32, scale: 1 });
    const image = pgm(bands[0]!);
    expect(image).toMatchObject({ width: 1080, height: 40 + 2 * 32 });
    expect(image.at(400, 32)).toBe(0);
  });

  it('upscales a narrow screenshot, the band still placed in original pixels', async () => {
    const { bands } = await prepareBands(await page('#ffffff', '#000000', 1000, 40, 720));
    expect(bands[0]).toMatchObject({ imageTop: 1000 - 32, scale: 720 / 1000 });
    expect(pgm(bands[0]!)).toMatchObject({ width: 1000, height: Math.round((40 + 2 * 32) * (1000 / 720)) });
  });
});
