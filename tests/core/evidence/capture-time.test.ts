import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readCaptureTime } from '../../../src/core/evidence/capture-time';
import { tempDir } from '../temp-dir';

const blank = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } });
const fileMtime = new Date('2024-05-21T02:00:00Z');

/** Writes a JPEG as a phone would, with EXIF capture time (IFD2 is the Exif sub-IFD in sharp). */
async function photo(exif: Record<string, string> | undefined): Promise<string> {
  const path = join(tempDir(), 'IMG_0001.jpg');
  const image = exif ? blank().jpeg().withExif({ IFD0: { Make: 'Xiaomi' }, IFD2: exif }) : blank().jpeg();
  writeFileSync(path, await image.toBuffer());
  utimesSync(path, fileMtime, fileMtime);
  return path;
}

describe('readCaptureTime', () => {
  it('reads EXIF DateTimeOriginal with its OffsetTimeOriginal', async () => {
    const path = await photo({ DateTimeOriginal: '2024:05:20 06:32:08', OffsetTimeOriginal: '+00:00' });
    expect(await readCaptureTime(path, 'image/jpeg', fileMtime)).toEqual({ capturedAt: '2024-05-20T14:32:08+08:00', capturedAtSource: 'exif' });
  });

  it('takes an EXIF time without offset as China time', async () => {
    const path = await photo({ DateTimeOriginal: '2024:05:20 14:32:08' });
    expect(await readCaptureTime(path, 'image/jpeg', fileMtime)).toEqual({ capturedAt: '2024-05-20T14:32:08+08:00', capturedAtSource: 'exif' });
  });

  it('falls back to the file time without EXIF, with nonsense in it, or for a non-image', async () => {
    const fallback = { capturedAt: '2024-05-21T10:00:00+08:00', capturedAtSource: 'file-mtime' };
    expect(await readCaptureTime(await photo(undefined), 'image/jpeg', fileMtime)).toEqual(fallback);
    expect(await readCaptureTime(await photo({ DateTimeOriginal: '0000:00:00 00:00:00' }), 'image/jpeg', fileMtime)).toEqual(fallback);
    const text = join(tempDir(), '聊天.txt');
    writeFileSync(text, '2024:05:20 14:32:08');
    expect(await readCaptureTime(text, 'text/plain', fileMtime)).toEqual(fallback);
  });
});
