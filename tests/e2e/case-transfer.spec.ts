import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, fixturePath, test, type RunningHost } from './web-host-fixture';

// Each test creates a case with the CLI, exports and imports it (zip, hashes, verify): allow a busy machine its time.
test.setTimeout(120_000);

/** A case with one screenshot made in a workspace of its own, exported with the CLI: what another computer would hand over. */
async function archiveFromElsewhere(host: RunningHost): Promise<{ id: string; folder: string; archive: string }> {
  const elsewhere = join(host.workspace, '..', 'elsewhere');
  const other = (args: string[]) => host.cli(['--workspace', elsewhere, ...args]);
  const created = await other(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code, created.stderr).toBe(0);
  const { id, folder } = JSON.parse(created.stdout) as { id: string; folder: string };
  const screenshot = join(host.workspace, '..', '订单截图.png');
  await sharp({ create: { width: 540, height: 960, channels: 3, background: { r: 230, g: 236, b: 250 } } }).png().toFile(screenshot);
  expect((await other(['evidence', 'add', id, screenshot, '--category', 'transaction'])).code).toBe(0);
  const archive = join(host.workspace, '..', `${folder}.casebook.zip`);
  const exported = await other(['case', 'export', id, '--out', archive]);
  expect(exported.code, exported.stderr).toBe(0);
  return { id, folder, archive };
}

/** Drops a file on the dashboard the way a file manager does: the drag enters the window, then the drop lands on the overlay. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const bytes = [...(await readFile(path))];
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/zip' }));
      return data;
    },
    { bytes, name },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  const overlay = page.getByTestId('dashboard-drop');
  await expect(overlay).toContainText('松开鼠标即可导入案件');
  await overlay.dispatchEvent('drop', { dataTransfer: transfer });
}

test('a case exported on another computer is imported by dropping its .zip on the dashboard, and verifies', async ({ page, host }) => {
  const { id, folder, archive } = await archiveFromElsewhere(host);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '案件', exact: true })).toBeVisible();

  await dropFile(page, archive, `${folder}.casebook.zip`);
  const result = page.getByTestId('case-import-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText(`已导入案件“${folder}”`);
  await expect(result).toContainText('1 件证据原件核验通过');
  await result.getByRole('button', { name: '打开案件' }).click();
  await expect(page).toHaveURL(new RegExp(`#/case/${id}$`));

  const verified = await host.cli(['verify', id]);
  expect(verified.code, verified.stdout).toBe(0);
  expect(readdirSync(join(host.workspace, 'cases'))).toEqual([folder]);
  expect(readdirSync(join(host.workspace, '.casebook', 'staging'))).toEqual([]);
});

test('a tampered archive is refused with the reason, and nothing is written', async ({ page, host }) => {
  const { archive } = await archiveFromElsewhere(host);
  const bytes = await readFile(archive);
  // Flip one byte inside the stored (uncompressed) screenshot: the zip still reads, the hash no longer matches.
  const png = bytes.indexOf(Buffer.from('IDAT'));
  bytes[png + 8]! ^= 0xff;
  const tampered = join(host.workspace, '..', 'tampered.casebook.zip');
  await writeFile(tampered, bytes);

  await page.goto(host.url);
  // As the desktop menu's 文件 › 导入案件… does: from the dashboard, to the import route.
  await expect(page.getByRole('heading', { name: '案件', exact: true })).toBeVisible();
  await page.goto(`${host.origin}/#/import`);
  const dialog = page.getByRole('dialog', { name: '导入案件' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('把 .casebook.zip 拖到这里，或点击选择文件').setInputFiles(tampered);
  const error = dialog.getByTestId('case-import-error');
  await expect(error).toBeVisible({ timeout: 60_000 });
  await expect(error).toContainText('与清单记录的 SHA-256 不一致');
  await expect(error).toContainText('tampered.casebook.zip');
  expect(readdirSync(join(host.workspace, 'cases'))).toEqual([]);
  expect(readdirSync(join(host.workspace, '.casebook', 'staging'))).toEqual([]);
});

test('导出案件 on the 导出 tab writes the transfer archive and offers it for download', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  const { id, folder } = JSON.parse(created.stdout) as { id: string; folder: string };
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '导出' }).click();
  const section = page.getByRole('region', { name: '导出案件（迁移到另一台电脑）' });
  await section.getByRole('button', { name: '导出案件' }).click();
  const result = section.getByTestId('case-archive-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText(join(host.workspace, 'cases', folder, 'exports', `${folder}.casebook.zip`));
  const download = await page.request.get(`${host.origin}/${await result.getByRole('link', { name: '下载迁移包' }).getAttribute('href')}`);
  expect(download.headers()['content-disposition']).toContain(encodeURIComponent(`${folder}.casebook.zip`));
  const saved = join(host.workspace, '..', 'downloaded.zip');
  await mkdir(join(host.workspace, '..'), { recursive: true });
  await writeFile(saved, await download.body());
  const verified = await host.cli(['verify', saved, '--json']);
  expect(verified.code, verified.stdout).toBe(0);
  expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, format: 'casebook-case', caseId: id });
  expect(existsSync(join(host.workspace, 'cases', folder, 'exports', `${folder}.casebook.zip`))).toBe(true);
});
