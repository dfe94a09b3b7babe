import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packs the app for Linux with electron-builder and this repository's config, exactly as
 * `npm run dist` does, but around a stand-in for the Electron binary (this machine cannot download
 * it) and into the unpacked `dir` target only. What comes out is what every installer carries:
 * app.asar, its unpacked native modules and the fused executable. `npm run test:packaging`
 * (after `npm run build` and `npm run icons`); about half a minute.
 */

const root = resolve(import.meta.dirname, '../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const { ENABLE, DISABLE } = FuseState;

let work: string;
let appDir: string;
let entries: Set<string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'casebook-pack-'));
  const electronDist = join(work, 'electron-dist');
  await mkdir(join(electronDist, 'resources'), { recursive: true });
  // The fuse wire as Electron ships it (RunAsNode, NODE_OPTIONS and --inspect on).
  const wire = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE];
  await writeFile(join(electronDist, 'electron'), Buffer.concat([Buffer.alloc(4096), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire])]));
  await chmod(join(electronDist, 'electron'), 0o755);
  await writeFile(join(electronDist, 'version'), '45.5.0');

  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: { electronDist, directories: { output: join(work, 'dist') } },
  });
  appDir = join(work, 'dist', 'linux-unpacked');
  entries = new Set(listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/')));
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const unpacked = (path: string) => existsSync(join(appDir, 'resources', 'app.asar.unpacked', path));

describe('the packed app', () => {
  it('holds the built main, preload and renderer and the package manifest with its version', () => {
    for (const entry of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) expect(entries).toContain(entry);
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    const packed = JSON.parse(extractFile(join(appDir, 'resources', 'app.asar'), 'package.json').toString('utf8')) as { version: string; main: string };
    expect(packed).toMatchObject({ version, main: 'out/main/index.js' });
  });

  it('carries no sources, tests, build scripts, screenshots or source maps', () => {
    const leaked = [...entries].filter((entry) => /^\/(src|tests|electron|packaging|resources|\.github|build|dist)(\/|$)/.test(entry) || (entry.endsWith('.map') && entry.startsWith('/out/')));
    expect(leaked).toEqual([]);
    // Build tools stay out, and so do the renderer's libraries: Vite bundled them into out/renderer.
    const shipped = (pkg: string) => [...entries].some((entry) => entry.startsWith(`/node_modules/${pkg}/`));
    for (const pkg of ['electron-builder', 'vitest', 'react', 'react-dom', '@mantine/core', '@tabler/icons-react']) expect(shipped(pkg), pkg).toBe(false);
  });

  it('carries the regular and bold faces of both fonts, and no other weight', () => {
    for (const [pkg, family] of [
      ['noto-sans-sc', 'NotoSansSC'],
      ['noto-serif-sc', 'NotoSerifSC'],
    ] as const) {
      expect(entries).toContain(`/node_modules/@expo-google-fonts/${pkg}/400Regular/${family}_400Regular.ttf`);
      expect(entries).toContain(`/node_modules/@expo-google-fonts/${pkg}/700Bold/${family}_700Bold.ttf`);
      expect(entries).toContain(`/node_modules/@expo-google-fonts/${pkg}/LICENSE_FONT`);
    }
    expect([...entries].filter((entry) => /@expo-google-fonts\/[^/]+\/\d00(?!Regular|Bold)[A-Za-z]+\//.test(entry))).toEqual([]);
  });

  it('unpacks SQLite’s prebuilt binary and sharp with libvips next to app.asar', () => {
    expect(unpacked('node_modules/better-sqlite3/prebuilds/linux-x64.node')).toBe(true);
    const lib = (pkg: string) => readdirSync(join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', '@img', pkg, 'lib'));
    expect(lib('sharp-linux-x64').some((file) => file.endsWith('.node'))).toBe(true);
    expect(lib('sharp-libvips-linux-x64').some((file) => file.startsWith('libvips-cpp.so'))).toBe(true);
    expect(unpacked('node_modules/better-sqlite3/deps')).toBe(false);
  });

  it('fuses the executable', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'casebook'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
  });
});
