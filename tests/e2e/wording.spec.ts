import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './web-host-fixture';

test('the words a consumer reads: a natural generated title, working days named as such, 四要素 explained', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建案件' }).first().click();
  await page.getByLabel('平台名称').fill('星耀卡盟');
  await page.getByLabel('投诉人姓名').fill('李明');
  await page.getByLabel('订单号').fill('KM20240520143208001');
  await page.getByLabel('购买时间').fill('2024/5/20 14:32');
  await page.getByLabel('商品名称').fill('王者荣耀点券');
  await page.getByLabel('实付金额（元）').fill('98');
  await page.getByLabel('问题类型').click();
  await page.getByRole('option', { name: '卡密无效' }).click();
  await page.getByLabel('处理期限（工作日）').fill('3');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByRole('heading', { name: '星耀卡盟｜王者荣耀点券卡密无效' })).toBeVisible();
  const overview = page.getByRole('tabpanel', { name: '概况' });
  await expect(overview.getByText('处理期限（工作日）')).toBeVisible();
  await expect(overview.getByText('3 个工作日')).toBeVisible();

  const id = /#\/case\/(\w+)/.exec(page.url())![1]!;
  const file = join(host.configDir, '..', '客服聊天记录.txt');
  await writeFile(file, '2024-05-21 10:05 客服：请耐心等待\n');
  expect((await host.cli(['evidence', 'add', id, file])).code).toBe(0);
  await page.getByRole('tab', { name: '证据' }).click();
  const checklist = page.getByRole('region', { name: '案件证据清单检查' });
  await expect(checklist).toContainText('四要素中“时间”尚无证据覆盖');
  await expect(checklist).toContainText('四要素指时间、主体、事件、结果');
  await page.getByRole('button', { name: '编辑 证据1' }).click();
  const editor = page.getByRole('dialog', { name: '编辑 证据1' });
  await expect(editor.getByText('四要素（时间、主体、事件、结果）')).toBeVisible();
});
