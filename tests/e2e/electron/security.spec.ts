import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNELS } from '../../../src/shared/api/channels';
import { CONTENT_SECURITY_POLICY } from '../../../src/hosts/security-headers';
import { launchApp, skipWithoutElectron, type RunningApp } from './electron-app';

skipWithoutElectron();

let running: RunningApp;

test.beforeAll(async () => {
  running = await launchApp();
});
test.afterAll(async () => {
  await running?.close();
});

test('the window opens on the dashboard with the Chinese menu and a log file', async () => {
  const { app, page } = running;
  await expect(page).toHaveTitle('维权卷宗');
  await expect(page.getByRole('button', { name: '新建案件' }).first()).toBeVisible();
  const window = await app.evaluate(({ BrowserWindow }) => {
    const [main] = BrowserWindow.getAllWindows();
    return { visible: main!.isVisible(), bounds: main!.getBounds() };
  });
  expect(window.visible).toBe(true);
  expect(window.bounds.width).toBeGreaterThanOrEqual(960);

  const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label));
  expect(menu).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']));

  const logFile = join(await app.evaluate(({ app: electronApp }) => electronApp.getPath('logs')), 'main.log');
  await expect.poll(() => existsSync(logFile)).toBe(true);
  expect(readFileSync(logFile, 'utf8')).toContain('维权卷宗');
});

test('the renderer is isolated: no Node, only the named bridge methods', async () => {
  const { page } = running;
  expect(page.url()).toMatch(/^app:\/\/casebook\/index\.html/);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  const exposed = await page.evaluate(() => Object.keys((window as unknown as { casebook: object }).casebook).sort());
  expect(exposed).toEqual([...CHANNELS, 'onImportProgress', 'onMenuCommand', 'pickWorkspaceFolder', 'registerFiles'].sort());
});

test('the page cannot name a file or folder: only handles the main process issued are accepted', async () => {
  const { page } = running;
  const call = (channel: string, input: unknown) =>
    page.evaluate(([c, i]) => (window as unknown as { casebook: Record<string, (x: unknown) => Promise<unknown>> }).casebook[c as string]!(i), [channel, input] as const);
  expect(await call('evidence:import-paths', { caseId: 'any', paths: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  expect(await call('workspace:switch', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  // A File the page made itself has no path on disk: the main process refuses to register it.
  const made = await page.evaluate(() =>
    (window as unknown as { casebook: { registerFiles: (files: File[]) => Promise<unknown> } }).casebook
      .registerFiles([new File(['x'], '/etc/passwd')])
      .then(
        () => 'registered',
        () => 'refused',
      ),
  );
  expect(made).toBe('refused');
});

test('every page comes with the content security policy, and inline scripts do not run', async () => {
  const { page } = running;
  const policy = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(inlineRan).toBe(false);
});

test('navigation away, new windows and permission requests are refused', async () => {
  const { app, page } = running;
  const before = page.url();
  await page.evaluate(() => window.location.assign('https://example.com/'));
  // Give a navigation that was not refused the time to start.
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
  expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
});

test('a frame inside the page gets no bridge, and the main process refuses IPC from it', async () => {
  const { app, page } = running;
  await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>frame</p>';
    const loaded = new Promise((done) => frame.addEventListener('load', done));
    document.body.append(frame);
    await loaded;
  });
  expect(await page.evaluate(() => typeof (document.querySelector('iframe')!.contentWindow as unknown as { casebook?: unknown }).casebook)).toBe(
    'undefined',
  );

  // The subframe cannot reach ipcRenderer at all, so the registered handler is called the way
  // Electron calls it (its internal invoke-handler table), with the subframe as the sender.
  const answer = await app.evaluate(async ({ BrowserWindow, ipcMain }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    const frame = contents.mainFrame.frames[0];
    if (!frame) throw new Error('the iframe has no WebFrameMain');
    const handlers = (ipcMain as unknown as { _invokeHandlers: Map<string, (event: object, input: unknown) => void> })._invokeHandlers;
    const handler = handlers.get('cases:list');
    if (!handler) throw new Error('cases:list is not registered');
    return new Promise<string>((done) => {
      handler({ sender: contents, senderFrame: frame, _reply: () => done('answered'), _throw: (error: Error) => done(`refused: ${error.message}`) }, {});
    });
  });
  expect(answer).toMatch(/^refused: Refused cases:list from an untrusted sender/);
  await page.evaluate(() => document.querySelector('iframe')?.remove());
});
