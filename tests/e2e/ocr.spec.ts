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
  // The agent's offer (部分退款 …元，或补发) goes in with its kind and amount.
  const offer = proposals.filter({ hasText: '部分退款' });
  await offer.getByRole('button', { name: '加入时间线' }).click();
  await expect(offer.getByRole('button', { name: '已加入时间线' })).toBeDisabled();
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: '时间线' }).click();
  await expect(page.getByText(/已为您登记，3-7个工作日内处理/).first()).toBeVisible();
  await expect(page.getByText(/对方提出：部分退款 \S*\d+\.\d{2}/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('timeline.png'), fullPage: true });

  const textSearches: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/search:text') textSearches.push(request.postData() ?? '');
  });
  await page.goto(`${host.origin}/#/`);
  await expect(page.getByRole('row').filter({ hasText: '星耀卡盟' })).toBeVisible();
  // The unfiltered dashboard asks for its list only, not for screenshot text.
  expect(textSearches).toEqual([]);
  await page.getByLabel('搜索案件').fill('兑换时提示');
  const hit = page.getByTestId('text-search-hit');
  await expect(hit).toContainText('兑换时提示卡密已被使用，请退款');
  expect(textSearches.length).toBeGreaterThan(0);
  await expect(hit).toContainText('证据1');
  await page.screenshot({ path: test.info().outputPath('search-hit.png') });

  // The hit opens the case's 证据 tab with that exhibit shown.
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`#/case/${id}/evidence/[0-9A-Z]{26}$`));
  await expect(page.getByRole('tab', { name: '证据' })).toHaveAttribute('aria-selected', 'true');
  const viewer = page.getByRole('dialog', { name: /^证据1 客服聊天记录/ });
  await expect(viewer.getByRole('img', { name: /^客服聊天记录/ })).toBeVisible();
  await expect(page.getByTestId('evidence-row')).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: test.info().outputPath('search-hit-opened.png') });
});
