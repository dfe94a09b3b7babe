import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, fixturePath, test } from './web-host-fixture';

test('date-time fields take the ways people write dates, say in Chinese what they understood, and offer a Monday-first calendar', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '新建案件' }).first().click();
  const purchasedAt = page.getByLabel('购买时间');

  for (const typed of ['2024/5/20 14:32', '2024-5-20 14:32', '2024年5月20日14:32', '2024.05.20 14:32']) {
    await purchasedAt.fill(typed);
    await expect(page.getByText('将记录为 2024年5月20日 14:32', { exact: true })).toBeVisible();
  }
  await purchasedAt.fill('2024/5/20');
  await expect(page.getByText('将记录为 2024年5月20日 00:00', { exact: true })).toBeVisible();
  // Never the stored ISO form.
  await expect(page.getByText(/\+08:00/)).toHaveCount(0);

  // An empty required field asks for a value, not for a format.
  await purchasedAt.fill('');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(purchasedAt).toHaveAccessibleDescription(/此项必填/);
  await expect(purchasedAt).not.toHaveAccessibleDescription(/请输入日期时间/);

  // The calendar: Chinese month header, weeks from Monday; picking a day writes it into the field.
  await purchasedAt.fill('2024/5/20 14:32');
  await page.getByRole('button', { name: '从日历选择' }).click();
  const picker = page.getByRole('dialog', { name: '选择日期和时间' });
  await expect(picker.getByText('2024年5月')).toBeVisible();
  await expect(picker.getByRole('columnheader').first()).toHaveText('一');
  await picker.getByRole('button', { name: '2024年5月21日' }).click();
  await expect(purchasedAt).toHaveValue('2024/5/21 14:32');
  await expect(page.getByText('将记录为 2024年5月21日 14:32', { exact: true })).toBeVisible();
});

test('the CLI reads the same everyday forms in intake and timeline files', async ({ host }) => {
  const intake = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(fixturePath('intake/xingyao-invalid-card-key.json'), 'utf8')));
  intake.order.purchasedAt = '2024年5月20日14:32';
  const intakeFile = join(host.configDir, '..', 'intake.json');
  await writeFile(intakeFile, JSON.stringify(intake));
  const created = await host.cli(['case', 'create', '--file', intakeFile]);
  expect(created.code, created.stderr).toBe(0);
  const { id } = JSON.parse(created.stdout) as { id: string };
  const shown = JSON.parse((await host.cli(['case', 'show', id, '--json'])).stdout);
  expect(shown.record.order.purchasedAt).toBe('2024-05-20T14:32:00+08:00');

  const eventFile = join(host.configDir, '..', 'event.json');
  await writeFile(eventFile, JSON.stringify({ at: '2024/5/21 10:05', channel: 'online-cs', direction: 'outgoing', summary: '在线客服反映卡密无效' }));
  const added = await host.cli(['event', 'add', id, '--file', eventFile, '--json']);
  expect(added.code, added.stderr).toBe(0);
  expect(JSON.parse(added.stdout).at).toBe('2024-05-21T10:05:00+08:00');

  await writeFile(eventFile, JSON.stringify({ at: '', channel: 'online-cs', direction: 'outgoing', summary: '空时间' }));
  const empty = await host.cli(['event', 'add', id, '--file', eventFile]);
  expect(empty.code).toBe(2);
  expect(empty.stderr).toContain('at（时间）：此项必填');
});
