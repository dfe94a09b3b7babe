import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderIcons, type RenderedIcons } from '../../packaging/icons';

let outDir: string;
let icons: RenderedIcons;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'casebook-icons-'));
  icons = await renderIcons(outDir);
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('renderIcons', () => {
  it('writes a Windows icon with every size up to 256 px', async () => {
    const ico = await readFile(icons.ico);
    // ICONDIR: reserved 0, type 1 (icon), image count; then 16-byte entries whose first byte is the width (0 = 256).
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256).sort((a, b) => a - b);
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('writes a macOS icon holding the 1024 px image', async () => {
    const icns = await readFile(icons.icns);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
  });

  it('writes the Linux sizes as NxN.png, each really that size and not blank', async () => {
    const files = (await readdir(icons.pngDir)).sort();
    expect(files).toContain('512x512.png');
    for (const file of files) {
      const size = Number(file.split('x')[0]);
      const image = sharp(join(icons.pngDir, file));
      expect(await image.metadata()).toMatchObject({ width: size, height: size, format: 'png' });
      const { channels } = await image.stats();
      // The mark has a dark ground and a white folder: a blank or failed render would be flat.
      expect(channels[0]!.max - channels[0]!.min).toBeGreaterThan(100);
    }
  });
});
