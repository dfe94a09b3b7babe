import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, fixturePath, test } from './web-host-fixture';

test('a complaint e-mail is generated, edited, saved as version 1 and marked sent; a court complaint names what it lacks', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code, created.stderr).toBe(0);
  const { id } = JSON.parse(created.stdout) as { id: string };
  const entryFile = join(host.workspace, '..', 'entry.json');
  await writeFile(entryFile, JSON.stringify({ at: '2024-05-21 10:05', channel: 'online-cs', direction: 'incoming', agentId: 'KF8848', summary: '客服称三个工作日内处理', promisedWorkingDays: 3 }));
  const added = await host.cli(['event', 'add', id, '--file', entryFile]);
  expect(added.code, added.stderr).toBe(0);

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '文书' }).click();
  const letters = page.getByRole('tabpanel', { name: '文书' });
  await letters.getByRole('radio', { name: '客服投诉邮件' }).click();

  const paper = page.getByTestId('letter-paper');
  await expect(paper).toContainText('投诉+KM20240520143208001+游戏卡密无效');
  await expect(page.getByText('新草稿（未保存）')).toBeVisible();

  await letters.getByRole('button', { name: '编辑', exact: true }).click();
  const facts = paper.getByRole('textbox', { name: '三、事实经过的内容' });
  await facts.fill('2024年5月20日，本人购买的卡密无法使用。\n\n客服至今没有处理。');
  await page.getByRole('button', { name: '完成编辑' }).click();
  await expect(paper).toContainText('客服至今没有处理。');

  await letters.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存为第 1 版')).toBeVisible();
  const saved = page.getByRole('region', { name: '已保存的文书' });
  await expect(saved.getByRole('button', { name: /第 1 版/ })).toBeVisible();
  await expect(page.getByRole('link', { name: '打开 PDF' })).toHaveAttribute('href', new RegExp(`^letters/${id}/[0-9A-Z]{26}/v1\\.pdf$`));
  await expect(page.getByRole('link', { name: '导出 .eml' })).toHaveAttribute('download', '');

  await page.getByRole('button', { name: '标记为已发送' }).click();
  const dialog = page.getByRole('dialog', { name: '标记为已发送' });
  await expect(dialog.getByLabel('渠道')).toHaveValue('email');
  await dialog.getByLabel(/^发送时间/).fill('2024-05-22 09:30');
  await dialog.getByRole('button', { name: '标记' }).click();
  await expect(page.getByText('已标记为已发送，时间线中已添加一条记录')).toBeVisible();
  await expect(saved).toContainText('已发送 2024-05-22 09:30 · 客服邮箱');

  await page.getByRole('tab', { name: '时间线' }).click();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: '发送《客服投诉邮件》（第1版）' })).toBeVisible();

  await page.getByRole('tab', { name: '文书' }).click();
  await page.getByRole('radio', { name: '民事起诉状' }).click();
  const missing = page.getByRole('alert', { name: '还缺少这些信息，补充后才能生成' });
  await expect(missing).toContainText('缺少原告身份证号码');
  await expect(missing.getByRole('button', { name: '编辑案件' })).toBeVisible();
  await expect(page.getByTestId('letter-paper')).toHaveCount(0);
});

test('leaving the case by 返回案件列表 with an unsaved letter asks first; switching tabs keeps the edit', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code, created.stderr).toBe(0);
  const { id } = JSON.parse(created.stdout) as { id: string };

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '文书' }).click();
  const letters = page.getByRole('tabpanel', { name: '文书' });
  await letters.getByRole('radio', { name: '客服投诉邮件' }).click();
  // The disclaimer is beside the document, not in it.
  await expect(letters.getByText(/文书本身不含这段提示/)).toBeVisible();
  await expect(page.getByTestId('letter-paper')).not.toContainText('仅为草稿');

  await letters.getByRole('button', { name: '编辑', exact: true }).click();
  await page.getByTestId('letter-paper').getByRole('textbox', { name: '三、事实经过的内容' }).fill('客服至今没有处理。');
  await page.getByRole('button', { name: '完成编辑' }).click();

  await page.getByRole('tab', { name: '时间线' }).click();
  await page.getByRole('tab', { name: '文书' }).click();
  await expect(page.getByTestId('letter-paper')).toContainText('客服至今没有处理。');

  await page.getByRole('link', { name: '返回案件列表' }).click();
  const dialog = page.getByRole('dialog', { name: '离开前保存修改？' });
  await expect(dialog).toContainText('“客服投诉邮件”有未保存的修改');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('letter-paper')).toContainText('客服至今没有处理。');

  await page.getByRole('link', { name: '返回案件列表' }).click();
  await page.getByRole('dialog', { name: '离开前保存修改？' }).getByRole('button', { name: '不保存，返回列表' }).click();
  await expect(page).toHaveURL(new RegExp(`#/$`));
});
