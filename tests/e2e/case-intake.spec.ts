import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fillRequiredFacts } from './case-form-steps';
import { expect, test } from './web-host-fixture';


const caseFolders = async (workspace: string) => {
  try {
    return await readdir(join(workspace, 'cases'));
  } catch {
    return [];
  }
};

test('a case created through the form appears on the dashboard, can be edited, and survives a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建案件' }).first().click();

  await page.getByLabel('商品名称').fill('王者荣耀 1000 点券卡密');
  await page.getByLabel('统一社会信用代码').fill('91330106MA2H3KXC5C');
  await page.getByLabel('手机号码').fill('138 1234 5678');
  await fillRequiredFacts(page);
  await page.getByRole('button', { name: '保存' }).click();

  // The case page opens with the stored facts.
  await expect(page.getByText('KM20240520143208001').first()).toBeVisible();
  const [folder] = await caseFolders(host.workspace);
  expect(folder).toBe('20240520-星耀卡盟-KM20240520143208001');

  // Dashboard row.
  await page.goto(host.origin + '/#/');
  const row = page.getByRole('row', { name: /星耀卡盟/ });
  await expect(row).toContainText('王者荣耀 1000 点券卡密');
  await expect(row).toContainText('98.00');
  await expect(row).toContainText('准备中');

  // Edit: change the amount and the product.
  await row.click();
  await page.getByRole('button', { name: '编辑' }).click();
  await page.getByLabel('实付金额（元）').fill('128.5');
  await page.getByLabel('商品名称').fill('王者荣耀 1288 点券卡密');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('王者荣耀 1288 点券卡密').first()).toBeVisible();

  // Reload: everything comes back from the case folder and the index.
  await page.reload();
  await expect(page.getByText('王者荣耀 1288 点券卡密').first()).toBeVisible();
  await expect(page.getByText('128.50').first()).toBeVisible();
  await page.goto(host.origin + '/#/');
  await expect(page.getByRole('row', { name: /星耀卡盟/ })).toContainText('128.50');

  const shown = await host.cli(['case', 'show', folder!, '--json']);
  expect(shown.code).toBe(0);
  const detail = JSON.parse(shown.stdout);
  expect(detail.record.order.amountPaidFen).toBe(12850);
  expect(detail.record.complainant.phone).toBe('13812345678');
});

test('an invalid credit code is named in Chinese and nothing is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建案件' }).first().click();
  await fillRequiredFacts(page);
  await page.getByLabel('统一社会信用代码').fill('91330106MA2H3KXC5U');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByText('统一社会信用代码校验位不正确').first()).toBeVisible();
  expect(await caseFolders(host.workspace)).toEqual([]);

  await page.goto(host.origin + '/#/');
  await page.reload();
  await expect(page.getByRole('row', { name: /星耀卡盟/ })).toHaveCount(0);
  const listed = await host.cli(['case', 'list', '--json']);
  expect(JSON.parse(listed.stdout).cases).toEqual([]);
});
