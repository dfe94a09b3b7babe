import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './web-host-fixture';

test('a workspace is chosen in the browser by pointing at a folder of the home folder, existing workspaces marked', async ({ page, host }) => {
  await mkdir(join(host.home, '文档', '新卷宗'), { recursive: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: '更换工作区' }).click();
  const dialog = page.getByRole('dialog', { name: '更换工作区' });
  const browser = dialog.getByRole('region', { name: '选择工作区文件夹' });

  // The home folder: the current workspace is marked, an ordinary folder is not.
  await expect(browser.getByRole('button', { name: '打开文件夹 workspace' })).toContainText('工作区');
  await expect(browser.getByRole('button', { name: '打开文件夹 文档' })).not.toContainText('工作区');
  await expect(browser.getByRole('button', { name: '上一级' })).toBeDisabled();

  await browser.getByRole('button', { name: '打开文件夹 文档' }).click();
  await browser.getByRole('button', { name: '打开文件夹 新卷宗' }).click();
  await expect(browser.getByText('这里没有子文件夹')).toBeVisible();
  await expect(dialog.getByLabel('工作区文件夹', { exact: true })).toHaveValue(join(host.home, '文档', '新卷宗'));
  await dialog.getByRole('button', { name: '切换' }).click();
  await expect(page.getByText(`已切换到工作区：${join(host.home, '文档', '新卷宗')}`)).toBeVisible();
  expect(existsSync(join(host.home, '文档', '新卷宗', '.casebook'))).toBe(true);

  // Now it is a workspace too; and up the trail, nothing above the home folder is offered.
  await page.getByRole('button', { name: '更换工作区' }).click();
  await browser.getByRole('button', { name: '打开文件夹 文档' }).click();
  await expect(browser.getByRole('button', { name: '打开文件夹 新卷宗' })).toContainText('工作区');
  await browser.getByRole('button', { name: '上一级' }).click();
  await expect(browser.getByRole('button', { name: '上一级' })).toBeDisabled();

  // The host refuses to list anything outside the home folder, whatever the page asks.
  const refused = await page.request.post(`${host.origin}/api/workspace:browse`, { data: { path: '/etc' } });
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('个人文件夹') } });
});
