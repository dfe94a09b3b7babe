import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPack, packedExecutable, type PackedApp } from '../../packaging/after-pack';

/**
 * The hook runs @electron/fuses on a stand-in for the packaged executable: the real fuse wire format
 * (sentinel, version, length, one byte per fuse) inside filler bytes, every fuse at Electron's
 * shipped default, laid out where electron-builder puts each platform's executable.
 */

/** Marks the fuse wire in Electron's binaries (@electron/fuses keeps it internal). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const { ENABLE, DISABLE } = FuseState;
/** Electron 45's defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on, the rest off. */
const SHIPPED = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE];

const standInElectron = (): Buffer =>
  Buffer.concat([Buffer.alloc(10_000, 0x90), Buffer.from(SENTINEL), Buffer.from([1, SHIPPED.length, ...SHIPPED]), Buffer.alloc(10_000, 0x90)]);

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'casebook-fuses-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const cases: { platform: string; app: (appOutDir: string) => PackedApp; fuseFile: string }[] = [
  {
    platform: 'linux',
    app: (appOutDir) => ({ appOutDir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: '维权卷宗' }, executableName: 'casebook' } }),
    fuseFile: 'casebook',
  },
  {
    platform: 'win32',
    app: (appOutDir) => ({ appOutDir, electronPlatformName: 'win32', packager: { appInfo: { productFilename: 'Casebook' } } }),
    fuseFile: 'Casebook.exe',
  },
  {
    platform: 'darwin',
    app: (appOutDir) => ({ appOutDir, electronPlatformName: 'darwin', packager: { appInfo: { productFilename: '维权卷宗' } } }),
    fuseFile: '维权卷宗.app/Contents/Frameworks/Electron Framework.framework/Electron Framework',
  },
];

describe('afterPack', () => {
  for (const { platform, app, fuseFile } of cases) {
    it(`turns Node's entry points off and asar checks on in the ${platform} executable`, async () => {
      const appOutDir = join(root, platform);
      await mkdir(dirname(join(appOutDir, fuseFile)), { recursive: true });
      await writeFile(join(appOutDir, fuseFile), standInElectron());

      await afterPack(app(appOutDir));

      const wire = await getCurrentFuseWire(packedExecutable(app(appOutDir)));
      expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
      // Fuses the app does not decide about keep Electron's value.
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(DISABLE);
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(ENABLE);
    });
  }

  it('fails the build rather than ship an executable it could not fuse', async () => {
    const appOutDir = join(root, 'no-sentinel');
    await mkdir(appOutDir, { recursive: true });
    await writeFile(join(appOutDir, 'casebook'), Buffer.alloc(1000, 0x90));
    await expect(afterPack(cases[0]!.app(appOutDir))).rejects.toThrow(/sentinel/);
  });
});
