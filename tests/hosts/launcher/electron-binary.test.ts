import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary, installElectron } from '../../../src/hosts/launcher/electron-binary';

describe('findElectronBinary', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'casebook-electron-pkg-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is null when path.txt is missing (binary never downloaded)', () => {
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('is null when path.txt names a file that is not in dist/', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir, {})).toBeNull();
  });

  it('finds dist/<path.txt>', async () => {
    await writeFile(join(dir, 'path.txt'), 'electron');
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', async () => {
    await mkdir(join(dir, 'custom'));
    await writeFile(join(dir, 'custom', 'electron'), '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'custom') })).toBe(join(dir, 'custom', 'electron'));
  });
});

describe('installElectron', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'casebook-electron-install-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const installScript = async (body: string) => {
    await writeFile(join(dir, 'install.js'), body);
    await chmod(join(dir, 'install.js'), 0o755);
  };

  it('reports success when install.js exits 0', async () => {
    await installScript('process.exit(0)');
    expect(await installElectron(dir)).toEqual({ ok: true });
  });

  it('reports the first error line when the download fails', async () => {
    await installScript("console.error('HTTPError: getaddrinfo ENOTFOUND github.com'); process.exit(1)");
    expect(await installElectron(dir)).toEqual({ ok: false, reason: 'HTTPError: getaddrinfo ENOTFOUND github.com' });
  });

  it('gives up on a stalled download after the timeout', async () => {
    await installScript('setTimeout(() => {}, 60_000)');
    const outcome = await installElectron(dir, 300);
    expect(outcome).toEqual({ ok: false, reason: 'timed out after 0.3 s' });
  });
});
