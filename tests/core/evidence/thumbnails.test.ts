import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { ensureThumbnail } from '../../../src/core/evidence/thumbnails';
import { openRegularFile } from '../../../src/core/fs/open-regular-file';
import { tempDir } from '../temp-dir';

const opener = (path: string) => async () => (await openRegularFile(path)).handle;

describe('ensureThumbnail', () => {
  it.each([
    ['image/png', (image: Sharp) => image.png()],
    ['image/jpeg', (image: Sharp) => image.jpeg()],
  ])('makes a small webp of a %s in the cache, and again after the cache was cleared', async (mediaType, encode) => {
    const dir = tempDir();
    const original = join(dir, 'original');
    const image = sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a7bd5' } });
    writeFileSync(original, await encode(image).toBuffer());
    const cache = join(dir, 'cache', 'thumbnails');
    const item = { sha256: 'c'.repeat(64), mediaType };

    const thumbnail = await ensureThumbnail(cache, item, opener(original));
    expect(thumbnail).toBe(join(cache, `${item.sha256}.webp`));
    const meta = await sharp(thumbnail!).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 320, height: 213 });

    rmSync(thumbnail!);
    expect(await ensureThumbnail(cache, item, opener(original))).toBe(thumbnail);
    expect(existsSync(thumbnail!)).toBe(true);
  });

  it('has no thumbnail for what is not a still image, nor for a damaged one', async () => {
    const dir = tempDir();
    const original = join(dir, 'chat.txt');
    writeFileSync(original, '客服：请耐心等待');
    const cache = join(dir, 'cache');
    expect(await ensureThumbnail(cache, { sha256: 'd'.repeat(64), mediaType: 'text/plain' }, opener(original))).toBeUndefined();
    expect(await ensureThumbnail(cache, { sha256: 'e'.repeat(64), mediaType: 'image/png' }, opener(original))).toBeUndefined();
    expect(existsSync(join(cache, `${'e'.repeat(64)}.webp`))).toBe(false);
  });
});
