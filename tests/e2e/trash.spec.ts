import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callApi, expect, fixturePath, test } from './web-host-fixture';

test('trashed cases are deleted for good, one or all, after a question that names what is lost; evidence of a live case is only ever moved to its trash', async ({ page, host }) => {
  await page.goto(host.url);
  const intake = JSON.parse(await readFile(fixturePath('intake/xingyao-invalid-card-key.json'), 'utf8')) as Record<string, unknown>;
  const create = (title: string) => callApi<{ id: string; folder: string }>(page, host.origin, 'cases:create', { intake: { ...intake, title } });
  const first = await create('星耀卡盟｜第一个要删的案件');
  const second = await create('星耀卡盟｜第二个要删的案件');
  const live = await create('星耀卡盟｜仍在进行的案件');
  const file = join(host.configDir, '..', '订单截图.txt');
  await writeFile(file, '订单号 KM20240520143208001');
  // By path through the CLI: the browser's API only takes uploads.
  for (const { id } of [first, live]) expect((await host.cli(['evidence', 'add', id, file])).code).toBe(0);
  for (const { id } of [first, second]) await callApi(page, host.origin, 'cases:set-lifecycle', { id, lifecycle: 'trashed' });

  // One case, from its page.
  await page.goto(`${host.origin}/#/case/${first.id}`);
  await page.getByRole('button', { name: '永久删除' }).click();
  const question = page.getByRole('dialog', { name: '永久删除这个案件？' });
  await expect(question).toContainText('星耀卡盟｜第一个要删的案件（证据 1 项）');
  await expect(question).toContainText('身份证号码');
  await question.getByRole('button', { name: '取消' }).click();
  await expect(question).toBeHidden();
  expect(existsSync(join(host.workspace, 'cases', first.folder))).toBe(true);
  await page.getByRole('button', { name: '永久删除', exact: true }).click();
  await question.getByRole('button', { name: '永久删除' }).click();
  await expect(page.getByRole('heading', { name: '回收站' })).toBeVisible();
  await expect(page.getByText('已永久删除 1 个案件')).toBeVisible();
  expect(existsSync(join(host.workspace, 'cases', first.folder))).toBe(false);

  // All the rest of the trash.
  await expect(page.getByRole('row').filter({ hasText: '第二个要删的案件' })).toBeVisible();
  await page.getByRole('button', { name: '清空回收站' }).click();
  const all = page.getByRole('dialog', { name: '永久删除这个案件？' });
  await expect(all).toContainText('星耀卡盟｜第二个要删的案件（证据 0 项）');
  await all.getByRole('button', { name: '永久删除' }).click();
  await expect(page.getByText('回收站是空的')).toBeVisible();
  expect((await readdir(join(host.workspace, 'cases'))).sort()).toEqual([live.folder]);

  // Audited in the workspace: one chained line per case, naming it.
  const log = (await readFile(join(host.workspace, '.casebook', 'audit.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
  expect(log.map((entry) => [entry.seq, entry.action, entry.target])).toEqual([
    [1, 'case.purge', first.id],
    [2, 'case.purge', second.id],
  ]);
  expect(log[1].prev).toBe(log[0].hash);

  // In a live case, evidence can be removed (kept, restorable), never deleted.
  await page.goto(`${host.origin}/#/case/${live.id}`);
  await page.getByRole('tab', { name: '证据' }).click();
  await page.getByRole('button', { name: '编辑 证据1' }).click();
  await page.getByRole('dialog', { name: '编辑 证据1' }).getByRole('button', { name: '移除' }).click();
  await expect(page.getByText('已移除（1 项）')).toBeVisible();
  await expect(page.getByRole('button', { name: /永久删除|删除/ })).toHaveCount(0);
});
