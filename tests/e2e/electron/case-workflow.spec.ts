import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { fillRequiredFacts } from '../case-form-steps';
import { clickMenu, launchApp, projectRoot, skipWithoutElectron, type RunningApp } from './electron-app';

/**
 * The desktop shell doing real work, one step after the other on one running app: the menu opens
 * the new-case form, evidence is imported by path, a letter goes through the print path, a broken
 * promise raises a desktop notification, a second start focuses the first, the window comes back
 * where it was left.
 */

skipWithoutElectron();
test.describe.configure({ mode: 'serial' });

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let running: RunningApp;
/** The case made from the full intake fixture (letters need its facts). */
let caseId: string;

test.beforeAll(async () => {
  running = await launchApp();
  const intake = JSON.parse(await readFile(join(projectRoot, 'tests/fixtures/intake/xingyao-invalid-card-key.json'), 'utf8')) as unknown;
  const created = await running.page.evaluate(
    (input) => (window as unknown as { casebook: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: { id: string } }>> }).casebook['cases:create']!(input),
    { intake },
  );
  expect(created.ok).toBe(true);
  caseId = created.value!.id;
});
test.afterAll(async () => {
  await running?.close();
});

test('文件 › 新建案件 opens the form, and the case it saves appears', async () => {
  const { app, page } = running;
  await clickMenu(app, '文件', '新建案件');
  await expect(page).toHaveURL(/#\/new$/);
  await page.getByLabel('商品名称').fill('王者荣耀 1000 点券卡密');
  await fillRequiredFacts(page);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('KM20240520143208001').first()).toBeVisible();
  await expect(page).toHaveURL(/#\/case\/[0-9A-Z]{26}$/);
});

test('evidence picked from disk is imported by path', async () => {
  const { page, root } = running;
  const screenshot = join(root, '订单页截图.png');
  const chat = join(root, '客服聊天.txt');
  await writeFile(screenshot, PNG);
  await writeFile(chat, '2024-05-20 15:01 客服：请耐心等待\n');

  await page.goto(`app://casebook/index.html#/case/${caseId}`);
  await page.getByRole('tab', { name: '证据' }).click();
  await page.getByLabel('选择文件').setInputFiles([screenshot, chat]);
  await expect(page.getByText('已导入 2 个文件')).toBeVisible();
  await expect(page.getByTestId('evidence-row')).toHaveCount(2);
});

test('a letter prints: the 打印 button and 文件 › 打印… both print, and the print layout is the letter alone', async () => {
  const { app, page } = running;
  await page.getByRole('tab', { name: '文书' }).click();
  await page.getByRole('tabpanel', { name: '文书' }).getByRole('radio', { name: '客服投诉邮件' }).click();
  const paper = page.getByTestId('letter-paper');
  await expect(paper).toContainText('KM20240520143208001');

  // The system print dialog cannot be driven from a test: count the calls that would open it.
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => void counted.printed++;
  });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await clickMenu(app, '文件', '打印…');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

  // What the dialog would print: Chromium's print pipeline with the print stylesheet.
  await page.emulateMedia({ media: 'print' });
  await expect(paper).toBeVisible();
  await expect(page.getByRole('tablist')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const pdf = await app.evaluate(async ({ BrowserWindow }) =>
    Buffer.from(await BrowserWindow.getAllWindows()[0]!.webContents.printToPDF({ pageSize: 'A4' })).toString('base64'),
  );
  const document = await PDFDocument.load(Buffer.from(pdf, 'base64'));
  expect(document.getPageCount()).toBeGreaterThanOrEqual(1);
  const { width, height } = document.getPage(0).getSize();
  expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
});

test('a promise past its deadline raises a desktop notification', async () => {
  const { app, page } = running;
  const supported = await app.evaluate(({ Notification }) => Notification.isSupported());
  test.skip(!supported, 'skipped because this system has no notification service (Electron reports Notification.isSupported() false)');

  // Record what is shown, then let Electron show it as usual.
  await app.evaluate(({ Notification }) => {
    const shown: { title: string; body: string }[] = [];
    (globalThis as unknown as { shownNotices: typeof shown }).shownNotices = shown;
    const show = Notification.prototype.show;
    Notification.prototype.show = function (this: InstanceType<typeof Notification>) {
      shown.push({ title: this.title, body: this.body });
      show.call(this);
    };
  });
  const added = await page.evaluate(
    (input) => (window as unknown as { casebook: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).casebook['timeline:add']!(input),
    {
      caseId,
      event: { at: '2025-03-04 10:05', channel: 'online-cs', direction: 'incoming', agentId: 'KF8848', summary: '客服称三个工作日内处理', promisedWorkingDays: 3 },
    },
  );
  expect(added.ok).toBe(true);
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { shownNotices: { title: string; body: string }[] }).shownNotices))
    .toEqual([{ title: '维权卷宗', body: expect.stringMatching(/星耀卡盟.*已超期 \d+ 个工作日/) }]);
});

test('a second start brings the running window forward and exits', async () => {
  const { app, root, workspace } = running;
  await app.evaluate(({ app: electronApp }) => {
    (globalThis as unknown as { secondStarts: number }).secondStarts = 0;
    electronApp.on('second-instance', () => (globalThis as unknown as { secondStarts: number }).secondStarts++);
  });
  const binary = await app.evaluate(() => process.execPath);
  const second = spawn(binary, [projectRoot, '--workspace', workspace, `--user-data-dir=${join(root, 'profile')}`], {
    env: { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config') },
    stdio: 'ignore',
  });
  const exitCode = await new Promise<number | null>((done) => second.once('exit', done));
  expect(exitCode).toBe(0);
  await expect.poll(() => app.evaluate(() => (globalThis as unknown as { secondStarts: number }).secondStarts)).toBe(1);
  expect(app.windows()).toHaveLength(1);
});

test('the window reopens where it was left', async () => {
  const placed = { x: 120, y: 110, width: 1100, height: 720 };
  await running.app.evaluate(({ BrowserWindow }, bounds) => BrowserWindow.getAllWindows()[0]!.setBounds(bounds), placed);
  // Saved once moving and resizing pause.
  await expect
    .poll(async () => JSON.parse(await readFile(join(running.root, 'config', 'settings.json'), 'utf8').catch(() => '{}')) as { windowState?: unknown })
    .toMatchObject({ windowState: { bounds: { width: placed.width, height: placed.height }, maximized: false } });
  running = await running.relaunch();
  const bounds = await running.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
  expect(bounds.width).toBe(placed.width);
  expect(bounds.height).toBe(placed.height);
  // Window managers may nudge the position by their frame; the place is kept, not the pixel.
  expect(Math.abs(bounds.x - placed.x)).toBeLessThanOrEqual(40);
  expect(Math.abs(bounds.y - placed.y)).toBeLessThanOrEqual(40);
});
