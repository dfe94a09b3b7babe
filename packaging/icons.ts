import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import sharp from 'sharp';

/**
 * Every platform's app icon, rendered from the one source mark `resources/icon.svg` (sharp draws the
 * SVG; @shockpkg/icon-encoder packs the Windows ICO and the macOS ICNS). Run by `npm run icons`
 * before `npm run dist`; the output goes to `build/icons/` (electron-builder's build resources),
 * which is not committed: the SVG is the only original.
 *
 * Usage: node packaging/icons.ts [outDir]
 */

export const ICON_SOURCE = resolve(import.meta.dirname, '..', 'resources', 'icon.svg');
/** `icons/` in electron-builder's build resources folder, where electron-builder.yml points. */
export const ICONS_DIR = resolve(import.meta.dirname, '..', 'build', 'icons');

/** Linux picks the size it needs from a folder of `NxN.png` files. */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Sizes Windows asks an ICO for (Explorer, taskbar, Start menu, installer). */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** ICNS slots and their pixel sizes, in the order `iconutil` writes them. */
const ICNS_SLOTS = [
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic04', 16],
  ['ic14', 512],
  ['ic09', 512],
  ['ic05', 32],
  ['ic10', 1024],
  ['ic11', 32],
] as const;

export interface RenderedIcons {
  ico: string;
  icns: string;
  /** The folder of `NxN.png` files. */
  pngDir: string;
}

/** Renders the icon set into `outDir` (created if needed) and returns where each file went. */
export async function renderIcons(outDir = ICONS_DIR, source = ICON_SOURCE): Promise<RenderedIcons> {
  const pngDir = join(outDir, 'png');
  await mkdir(pngDir, { recursive: true });
  const sizes = [...new Set<number>([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_SLOTS.map(([, size]) => size)])];
  // Drawn at 1024 once, then scaled down: the same picture at every size.
  const master = await sharp(source, { density: 300 }).resize(1024, 1024).png().toBuffer();
  const pngs = new Map<number, Buffer>(
    await Promise.all(sizes.map(async (size) => [size, await sharp(master).resize(size, size).png().toBuffer()] as const)),
  );
  const png = (size: number): Buffer => pngs.get(size)!;

  await Promise.all(LINUX_SIZES.map((size) => writeFile(join(pngDir, `${size}x${size}.png`), png(size))));

  const ico = new IconIco();
  // Largest first, as Windows reads the directory in order.
  for (const size of [...ICO_SIZES].reverse()) await ico.addFromPng(png(size));
  const icns = new IconIcns();
  icns.toc = true;
  for (const [slot, size] of ICNS_SLOTS) await icns.addFromPng(png(size), [slot]);

  const icoPath = join(outDir, 'icon.ico');
  const icnsPath = join(outDir, 'icon.icns');
  await writeFile(icoPath, ico.encode());
  await writeFile(icnsPath, icns.encode());
  return { ico: icoPath, icns: icnsPath, pngDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? ICONS_DIR);
  const rendered = await renderIcons(outDir);
  console.log(`icons written to ${outDir}: ${[rendered.ico, rendered.icns, rendered.pngDir].join(', ')}`);
}
