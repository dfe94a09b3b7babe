import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronPackageDir, findElectronBinary } from '../../src/hosts/launcher/electron-binary';
import { CHANNELS } from '../../src/shared/api/channels';

const projectRoot = resolve(import.meta.dirname, '../..');
const packageDir = electronPackageDir();
const binary = packageDir ? findElectronBinary(packageDir) : null;

// Runs wherever the Electron binary is installed (a developer machine with internet). It is skipped
// here because this machine cannot download the binary; the same rules are unit-tested in tests/electron.
test.skip(binary === null, 'skipped because the Electron binary is not installed (it is downloaded on first use)');

let app: ElectronApplication;
let page: Page;
let root: string;

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'casebook-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    args: [projectRoot, '--workspace', join(root, 'workspace')],
    env: { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config') },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

test('the renderer is isolated: no Node, only the named bridge methods', async () => {
  expect(page.url()).toBe('app://casebook/index.html');
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  const exposed = await page.evaluate(() => Object.keys((window as unknown as { casebook: object }).casebook).sort());
  expect(exposed).toEqual([...CHANNELS, 'onImportProgress', 'pickWorkspaceFolder', 'registerFiles'].sort());
});

test('the page cannot name a file or folder: only handles the main process issued are accepted', async () => {
  const call = (channel: string, input: unknown) =>
    page.evaluate(([c, i]) => (window as unknown as { casebook: Record<string, (x: unknown) => Promise<unknown>> }).casebook[c as string]!(i), [channel, input] as const);
  expect(await call('evidence:import-paths', { caseId: 'any', paths: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  expect(await call('workspace:switch', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  // A File the page made itself has no path on disk: the main process refuses to register it.
  const made = await page.evaluate(() =>
    (window as unknown as { casebook: { registerFiles: (files: File[]) => Promise<unknown> } }).casebook
      .registerFiles([new File(['x'], '/etc/passwd')])
      .then(() => 'registered', () => 'refused'),
  );
  expect(made).toBe('refused');
});

test('navigation, new windows, permissions and inline scripts are refused', async () => {
  await page.evaluate(() => window.location.assign('https://example.com/'));
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://casebook/index.html');
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(inlineRan).toBe(false);
});
