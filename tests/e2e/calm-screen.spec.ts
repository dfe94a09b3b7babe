import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callApi, expect, fixturePath, test } from './web-host-fixture';

async function seedCase(page: import('@playwright/test').Page, origin: string): Promise<string> {
  const intake = JSON.parse(await readFile(fixturePath('intake/xingyao-invalid-card-key.json'), 'utf8')) as unknown;
  return (await callApi<{ id: string }>(page, origin, 'cases:create', { intake })).id;
}

test('a calmer screen: repeated toasts collapse, the import outcome goes away when the person moves on, the letter toolbar fits at 1366 px', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.goto(host.url);
  const id = await seedCase(page, host.origin);
  await page.goto(`${host.origin}/#/case/${id}`);

  // The same change twice: one toast, counting.
  await page.getByLabel('案件状态').click();
  await page.getByRole('option', { name: '已投诉' }).click();
  await expect(page.getByText('状态已改为“已投诉”', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await page.getByRole('button', { name: '取消归档' }).click();
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await expect(page.getByText('案件已归档（×2）')).toBeVisible();
  await expect(page.getByText(/^案件已归档/)).toHaveCount(1);
  await page.getByRole('button', { name: '取消归档' }).click();

  // The import outcome: shown after an import, put away on leaving the tab, and closable.
  await page.getByRole('tab', { name: '证据' }).click();
  const file = join(host.configDir, '..', '客服聊天.txt');
  await writeFile(file, '2024-05-20 15:01 客服：请耐心等待\n');
  await page.getByLabel('选择文件').setInputFiles([file]);
  const outcome = page.getByRole('status').filter({ hasText: '已导入 1 个文件' });
  await expect(outcome).toBeVisible();
  await page.getByRole('tab', { name: '时间线' }).click();
  await page.getByRole('tab', { name: '证据' }).click();
  await expect(page.getByTestId('evidence-row')).toHaveCount(1);
  await expect(outcome).toHaveCount(0);
  const second = join(host.configDir, '..', '客服聊天（续）.txt');
  await writeFile(second, '2024-05-21 10:12 我：卡密仍然无效，请退款\n');
  await page.getByLabel('选择文件').setInputFiles([second]);
  await expect(outcome).toBeVisible();
  await outcome.getByRole('button', { name: '关闭' }).click();
  await expect(outcome).toHaveCount(0);

  // The letter toolbar: one row beside the letter, secondary actions under 更多.
  await page.getByRole('tab', { name: '文书' }).click();
  await page.getByRole('radio', { name: '客服投诉邮件' }).click();
  await expect(page.getByTestId('letter-paper')).toBeVisible();
  const first = await page.getByRole('button', { name: '保存', exact: true }).boundingBox();
  for (const name of ['更多', '打印']) {
    const other = await page.getByRole('tabpanel', { name: '文书' }).getByRole('button', { name, exact: true }).boundingBox();
    expect(Math.abs(first!.y - other!.y), name).toBeLessThan(4);
  }
  await page.getByRole('button', { name: '更多' }).click();
  await expect(page.getByRole('menuitem', { name: '从案件数据重新生成' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
});
