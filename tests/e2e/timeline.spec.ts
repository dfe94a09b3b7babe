import type { Page } from '@playwright/test';
import { expect, fixturePath, test } from './web-host-fixture';

/** Today in China time, the day the host counts overdue working days to. */
const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

async function addEntry(page: Page, entry: { at: string; channel: string; direction: string; summary: string; agentId?: string; promisedWorkingDays?: string }) {
  const form = page.getByRole('region', { name: '记录一次联系' });
  await form.getByLabel(/^时间/).fill(entry.at);
  await form.getByLabel('渠道').selectOption({ label: entry.channel });
  await form.getByLabel('方向').selectOption({ label: entry.direction });
  if (entry.agentId) await form.getByLabel('客服工号').fill(entry.agentId);
  if (entry.promisedWorkingDays) await form.getByLabel('承诺处理时限（工作日）').fill(entry.promisedWorkingDays);
  // Enter in the summary saves the entry.
  await form.getByLabel('经过摘要').fill(entry.summary);
  await form.getByLabel('经过摘要').press('Enter');
  await expect(form.getByLabel('经过摘要')).toHaveValue('');
}

test('an overdue promise is marked on the entry, the advisor suggests management, and the dashboard flags the case', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code).toBe(0);
  const { id } = JSON.parse(created.stdout) as { id: string };

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '时间线' }).click();
  await expect(page.getByText('还没有记录')).toBeVisible();

  await addEntry(page, { at: '2025-03-03 09:00', channel: '客服邮箱', direction: '我方发出', summary: '发送投诉邮件，要求三个工作日内退款 98 元' });
  await addEntry(page, { at: '2025-03-04 10:05', channel: '在线客服', direction: '对方回复', agentId: 'KF8848', promisedWorkingDays: '3', summary: '客服称三个工作日内处理' });

  const entries = page.getByTestId('timeline-entry');
  await expect(entries).toHaveCount(2);
  const promise = entries.filter({ hasText: 'KF8848' });
  const dueText = await promise.getByText(/^应于 \d{4}-\d{2}-\d{2} 前处理$/).textContent();
  const due = /\d{4}-\d{2}-\d{2}/.exec(dueText!)![0];
  const between = await host.cli(['workdays', 'between', due, chinaToday(), '--json']);
  expect(between.code, between.stderr).toBe(0);
  const { value: overdue } = JSON.parse(between.stdout) as { value: number };
  expect(overdue).toBeGreaterThan(0);
  await expect(promise.getByText(`已超期 ${overdue} 个工作日`)).toBeVisible();

  const advice = page.getByRole('region', { name: '下一步建议' });
  await expect(advice.getByTestId('advice').first()).toContainText('管理层');
  await expect(advice.getByRole('button', { name: '生成“管理层投诉信”' })).toBeVisible();

  await page.getByRole('link', { name: '返回案件列表' }).click();
  const notice = page.getByRole('alert').filter({ hasText: '已超过处理期限' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link')).toContainText(`已超期 ${overdue} 个工作日`);
  const row = page.getByRole('row').filter({ hasText: '星耀卡盟' });
  await expect(row).toContainText(`已超期 ${overdue} 个工作日`);
  await expect(row).toContainText(due);
});
