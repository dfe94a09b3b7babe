import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareImage, registerImage } from '../../../../src/core/dossier/pdf/image-source';
import { drawXObject } from '../../../../src/core/dossier/pdf/overlay';
import { fitUnitSquare } from '../../../../src/core/dossier/pdf/placement';
import { readPngLayout } from '../../../../src/core/dossier/pdf/png-layout';
import { writePdfFile } from '../../../../src/core/dossier/pdf/write-pdf-file';
import { hasPoppler } from '../../letters/poppler';
import { tempDir } from '../../temp-dir';
import { sidewaysJpeg, transparentPng } from '../exhibit-files';

const PAGE = { width: 200, height: 200 };

/** One picture on a page of its own, written the way the dossier writes it. */
async function pictureOnPage(file: string, mediaType: string): Promise<{ pdf: string; bytes: Buffer }> {
  const dir = tempDir('casebook-image-');
  const source = await prepareImage(file, mediaType, dir, 'picture');
  if (!source) throw new Error(`${file} was not prepared`);
  const doc = await PDFDocument.create();
  const page = doc.addPage([PAGE.width, PAGE.height]);
  drawXObject(doc, page, registerImage(doc.context, source), fitUnitSquare({ x: 0, y: 0, ...PAGE }, source.width, source.height, source.turns), 'Image');
  const pdf = join(dir, 'picture.pdf');
  await writePdfFile(doc, pdf);
  return { pdf, bytes: readFileSync(pdf) };
}

/** The page rendered by poppler: its size in pixels and the colour at a point (fractions of the page). */
async function rendered(pdf: string, at: [number, number] = [0.5, 0.5]) {
  execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', pdf, pdf]);
  const { data, info } = await sharp(`${pdf}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const offset = (Math.floor(at[1] * info.height) * info.width + Math.floor(at[0] * info.width)) * 3;
  return { width: info.width, height: info.height, rgb: [data[offset]!, data[offset + 1]!, data[offset + 2]!] };
}

const near = (actual: number[], expected: number[]) => actual.every((value, index) => Math.abs(value - expected[index]!) <= 6);

// The pictures are read back with pdftoppm: skipped without poppler-utils (`.ci/run` installs it).
describe('pictures in the PDF', () => {
  it.skipIf(!hasPoppler)('embeds a JPEG byte for byte and shows it upright by its EXIF orientation', async () => {
    const jpeg = await sidewaysJpeg(tempDir('casebook-image-src-'), '侧拍.jpg');
    const { pdf, bytes } = await pictureOnPage(jpeg, 'image/jpeg');
    expect(bytes.includes(readFileSync(jpeg))).toBe(true);
    // Stored 64 × 48, turned a quarter: it fills the height of the square page and about 3/4 of its width.
    const page = await rendered(pdf, [0.5, 0.5]);
    expect(near(page.rgb, [0x33, 0x66, 0x99])).toBe(true);
    expect(near((await rendered(pdf, [0.05, 0.5])).rgb, [255, 255, 255])).toBe(true);
  });

  it.skipIf(!hasPoppler)('embeds an RGB PNG’s compressed data as it is, and it shows its colours', async () => {
    const png = join(tempDir('casebook-image-src-'), '截图.png');
    await sharp({ create: { width: 30, height: 30, channels: 3, background: '#10a050' } }).png().toFile(png);
    const { pdf, bytes } = await pictureOnPage(png, 'image/png');
    const layout = readPngLayout(readFileSync(png))!;
    const idat = Buffer.concat(layout.idat.map(({ offset, length }) => readFileSync(png).subarray(offset, offset + length)));
    expect(bytes.includes(idat)).toBe(true);
    expect(near((await rendered(pdf)).rgb, [0x10, 0xa0, 0x50])).toBe(true);
  });

  it.skipIf(!hasPoppler)('embeds a palette PNG with its palette', async () => {
    const png = join(tempDir('casebook-image-src-'), '调色板.png');
    await sharp({ create: { width: 30, height: 30, channels: 3, background: '#c03020' } }).png({ palette: true }).toFile(png);
    expect(readPngLayout(readFileSync(png))!.colorType).toBe(3);
    expect(near((await rendered((await pictureOnPage(png, 'image/png')).pdf)).rgb, [0xc0, 0x30, 0x20])).toBe(true);
  });

  it.skipIf(!hasPoppler)('flattens a transparent PNG onto white paper', async () => {
    const png = await transparentPng(tempDir('casebook-image-src-'), '透明.png');
    // 50 % of (200, 30, 30) over white.
    expect(near((await rendered((await pictureOnPage(png, 'image/png')).pdf)).rgb, [228, 143, 143])).toBe(true);
  });

  it('refuses what is not a picture', async () => {
    const dir = tempDir('casebook-image-src-');
    const fake = join(dir, 'x.png');
    execFileSync('sh', ['-c', `printf 'not a png' > "${fake}"`]);
    expect(await prepareImage(fake, 'image/png', dir, 'x')).toBeUndefined();
  });
});
