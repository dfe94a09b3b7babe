import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromiumLaunch } from './chromium';
import { expect, fixturePath, test } from './web-host-fixture';

// 打印 opens the PDF in the browser's own viewer, which only the full Chromium has.
test.use({ launchOptions: chromiumLaunch });

// Making a dossier renders a PDF and writes an archive in the host: allow a busy machine its time.
test.setTimeout(180_000);

test('the 导出 tab makes the dossier with a progress bar, then shows its size, place and files, and lists it', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code, created.stderr).toBe(0);
  const { id, folder } = JSON.parse(created.stdout) as { id: string; folder: string };
  const sources = join(host.workspace, '..', 'sources');
  await mkdir(sources);
  const screenshots: string[] = [];
  for (let n = 1; n <= 6; n++) {
    const file = join(sources, `聊天截图${n}.png`);
    await sharp({ create: { width: 540, height: 1170, channels: 3, background: { r: 240, g: 244 - n * 8, b: 250 } } }).png().toFile(file);
    screenshots.push(file);
  }
  const added = await host.cli(['evidence', 'add', id, ...screenshots, '--category', 'communication']);
  expect(added.code, added.stderr).toBe(0);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '导出' }).click();
  const tab = page.getByRole('tabpanel', { name: '导出' });
  await expect(tab.getByText('还没有导出过卷宗。')).toBeVisible();

  await tab.getByRole('button', { name: '生成卷宗' }).click();
  await expect(tab.getByRole('progressbar', { name: '卷宗生成进度' })).toBeVisible();
  await expect(tab.getByRole('button', { name: '取消' })).toBeVisible();

  const result = tab.getByTestId('dossier-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result).toContainText('卷宗已生成');
  await expect(result).toContainText(/共 \d+ 页 · 6 项证据/);
  await expect(result).toContainText(`${folder}-卷宗.pdf`);
  await expect(result).toContainText(join(host.workspace, 'cases', folder, 'exports'));
  await expect(tab.getByRole('progressbar', { name: '卷宗生成进度' })).toHaveCount(0);

  const pdfLink = result.getByRole('link', { name: '打开 PDF' });
  const href = await pdfLink.getAttribute('href');
  expect(href).toMatch(new RegExp(`^exports/${id}/\\d{8}-\\d{6}/dossier\\.pdf$`));
  const pdf = await page.request.get(`${host.origin}/${href}`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const zip = await page.request.get(`${host.origin}/${await result.getByRole('link', { name: '下载压缩包' }).getAttribute('href')}`);
  expect(zip.headers()['content-disposition']).toContain(encodeURIComponent(`${folder}-卷宗.zip`));

  // 打印 opens the dossier in the browser's PDF viewer and calls its print (a dialog headless Chromium never shows).
  await page.context().addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  const [viewer] = await Promise.all([page.waitForEvent('popup'), result.getByRole('button', { name: '打印' }).click()]);
  expect(viewer.url()).toBe(`${host.origin}/${href}`);
  await expect(viewer.locator('html')).toHaveAttribute('data-printed', 'yes');
  await viewer.close();

  await expect(tab.getByTestId('previous-export')).toHaveCount(1);
  await expect(tab.getByRole('button', { name: '重新生成卷宗' })).toBeVisible();
});
