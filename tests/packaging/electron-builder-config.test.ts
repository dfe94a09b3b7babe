import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/main/app-identity';
import { afterPack } from '../../packaging/after-pack';
import { ICONS_DIR } from '../../packaging/icons';

/**
 * The packaging config, read and validated by electron-builder's own code (its loader and its JSON
 * schema, scheme.json), then held to what the installers must do. Building the installers needs the
 * Electron binary, so that part is proven by the release pipeline; `npm run test:packaging` packs
 * the app here around a stand-in Electron to check what goes into it.
 */

const root = resolve(import.meta.dirname, '../..');
// Only consulted when electron-builder's debug output is on.
const debugLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];
let config: Configuration;

/** The `files` patterns, which electron-builder's loader turns into file sets. */
const filePatterns = (): string[] =>
  ([config.files ?? []].flat() as (string | { filter?: string | string[] })[]).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat(),
  );

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, debugLogger)).resolves.toBeUndefined();
  });

  it('would be refused with a misspelt option, so the schema check is real', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: true } } as Configuration;
    await expect(validateConfiguration(misspelt, debugLogger)).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and takes its version from package.json', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('维权卷宗');
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(config.extraMetadata?.version).toBeUndefined();
    expect(config.buildVersion).toBeUndefined();
  });

  it('ships the built app only: no sources, tests or source maps', () => {
    const files = filePatterns();
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
    expect(files).toContain('!out/**/*.map');
  });

  it('keeps the two font weights the documents use and drops the others', () => {
    const excluded = filePatterns().filter((pattern) => pattern.startsWith('!') && pattern.includes('@expo-google-fonts'));
    const weights = excluded.join(' ');
    for (const dropped of ['100Thin', '300Light', '500Medium', '900Black']) expect(weights).toContain(dropped);
    expect(weights).not.toMatch(/400Regular|700Bold/);
  });

  it('unpacks the native modules from app.asar', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', '**/node_modules/sharp/**/*', '**/node_modules/@img/**/*']));
    expect(config.npmRebuild).toBe(false);
  });

  it('builds a per-user NSIS installer in Chinese and English that keeps the user’s data', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
      installerLanguages: ['zh_CN', 'en_US'],
    });
  });

  it('builds a dmg and Linux AppImage and deb', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg' }]);
    expect(config.linux?.target).toEqual([{ target: 'AppImage' }, { target: 'deb' }]);
  });

  it('burns the Electron fuses through its afterPack hook', async () => {
    expect(config.afterPack).toBe('./packaging/after-pack.ts');
    const hook = (await import(resolve(root, config.afterPack as string))) as { afterPack: unknown; default: unknown };
    expect(hook.afterPack).toBe(afterPack);
    expect(hook.default).toBe(afterPack);
  });

  it('points every platform at the icon files `npm run icons` makes', () => {
    const resource = (path: string | null | undefined) => resolve(root, config.directories!.buildResources!, path!);
    expect(resource(config.win?.icon)).toBe(resolve(ICONS_DIR, 'icon.ico'));
    expect(resource(config.mac?.icon)).toBe(resolve(ICONS_DIR, 'icon.icns'));
    expect(resource(config.linux?.icon)).toBe(resolve(ICONS_DIR, 'png'));
  });
});
