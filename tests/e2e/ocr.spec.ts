import { expect, fixturePath, test } from './web-host-fixture';
import { screenshotFixtures } from '../core/ocr/screenshot-fixtures';

// Reading runs the real OCR engine in the web host, on a machine shared with other test runs.
const READING = { timeout: 180_000 };

test('a chat screenshot is read in the background, classified, and its proposals are confirmed one by one', async ({ page, host }) => {
  test.setTimeout(300_000);
  const chat = (await screenshotFixtures('small')).find((f) => f.name === 'chat')!;
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  const { id } = JSON.parse(created.stdout) as { id: string };

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '证据' }).click();
  await page.getByLabel('选择文件').setInputFiles([chat.file]);

  const row = page.getByTestId('evidence-row');
  await expect(row.getByRole('button', { name: '查看 证据1 的识别结果' })).toBeVisible(READING);
  await expect(row).toContainText('沟通记录');
  await expect(row).toContainText(/客服聊天记录（KF-\d+）/);
  await expect(row).toContainText('截图内容识别');
  // The chat names another order than the case's: the person is told.
  await expect(row.getByRole('alert')).toContainText('与案件订单号 KM20240520143208001 不一致');

  await row.getByRole('button', { name: '查看 证据1 的识别结果' }).click();
  const drawer = page.getByRole('dialog', { name: '证据1 的识别结果' });
  const proposals = drawer.getByTestId('timeline-proposal');
  await expect(proposals.first()).toBeVisible();
  const promise = proposals.filter({ hasText: '承诺 7 个工作日' });
  await promise.getByRole('button', { name: '加入时间线' }).click();
  await expect(promise.getByRole('button', { name: '已加入时间线' })).toBeDisabled();
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: '时间线' }).click();
  await expect(page.getByText(/已为您登记，3-7个工作日内处理/).first()).toBeVisible();

  await page.goto(`${host.origin}/#/`);
  await page.getByLabel('搜索案件').fill('兑换时提示');
  await expect(page.getByTestId('text-search-hit')).toContainText('兑换时提示卡密已被使用，请退款');
});
