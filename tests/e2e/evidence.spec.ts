import { mkdtemp, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixturePath, test } from './web-host-fixture';

/** A 1×1 PNG; the host sniffs the type from these bytes, not from the name. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** The start of an MPEG-4 audio file (an `ftyp` box of brand `M4A `), enough to be sniffed as audio. */
const M4A = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypM4A \0\0\0\0M4A isom', 'binary'), Buffer.alloc(64)]);

async function makeFiles() {
  const dir = await mkdtemp(join(tmpdir(), 'casebook-evidence-'));
  const files = {
    screenshot: join(dir, '订单页截图.png'),
    chat: join(dir, '客服聊天.txt'),
    call: join(dir, '客服通话.m4a'),
  };
  await writeFile(files.screenshot, PNG);
  await writeFile(files.chat, '2024-05-20 15:01 客服：请耐心等待\n2024-05-21 10:12 我：卡密仍然无效，请退款\n');
  await writeFile(files.call, M4A);
  return { dir, files };
}

const rows = (page: Page) => page.getByTestId('evidence-row');
const checklist = (page: Page) => page.getByRole('region', { name: '案件证据清单检查' });

test('evidence is imported through the picker, ordered, labelled, checked and verified', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code).toBe(0);
  const { id, folder } = JSON.parse(created.stdout) as { id: string; folder: string };
  const { dir, files } = await makeFiles();

  try {
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/case/${id}`);
    await page.getByRole('tab', { name: '证据' }).click();
    await expect(page.getByText('还没有证据')).toBeVisible();

    await page.getByLabel('选择文件').setInputFiles([files.screenshot, files.chat, files.call]);
    await expect(page.getByText('已导入 3 个文件')).toBeVisible();
    // A recording is a communication record and goes first; the rest keep the order they came in.
    await expect(rows(page)).toHaveCount(3);
    await expect(rows(page).nth(0)).toContainText('证据1');
    await expect(rows(page).nth(0)).toContainText('客服通话');
    await expect(rows(page).nth(1)).toContainText('订单页截图');
    await expect(checklist(page)).toContainText('缺少支付凭证');
    await expect(checklist(page)).toContainText('证据2 截图未确认显示订单号、时间戳');
    await expect(checklist(page)).toContainText('证据1 录音未确认是否告知对方');

    await page.getByRole('button', { name: '上移 证据2' }).click();
    await expect(rows(page).nth(0)).toContainText('订单页截图');
    await expect(rows(page).nth(0)).toContainText('证据1');
    await expect(checklist(page)).toContainText('证据1 截图未确认显示订单号、时间戳');

    await page.getByRole('button', { name: '编辑 证据1' }).click();
    const editor = page.getByRole('dialog', { name: '编辑 证据1' });
    await editor.getByLabel('分类', { exact: true }).click();
    await page.getByRole('option', { name: /交易记录/ }).click();
    await editor.getByLabel('证明目的').fill('证明已支付 98 元，订单状态为“未完成”');
    await editor.getByLabel('证据来源').fill('平台订单页截图');
    for (const element of ['时间', '主体', '事件', '结果']) await editor.getByLabel(element, { exact: true }).check();
    await editor.getByLabel('订单号可见').check();
    await editor.getByLabel('时间戳可见').check();
    await editor.getByLabel('证据形成时间').fill('2024-05-20 14:40');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect(editor).toBeHidden();

    await expect(rows(page).nth(0)).toContainText('交易记录');
    await expect(rows(page).nth(0)).toContainText('手动填写 2024-05-20 14:40:00');
    await expect(checklist(page)).not.toContainText('缺少支付凭证');
    await expect(checklist(page)).not.toContainText('截图未确认');
    await expect(checklist(page)).not.toContainText('四要素');
    await expect(checklist(page)).toContainText('缺少能证明问题的证据');

    // The same screenshot again: the person is asked, and may import it anyway.
    await page.getByLabel('选择文件').setInputFiles([files.screenshot]);
    const question = page.getByRole('dialog', { name: '发现重复的文件' });
    await expect(question).toContainText('订单页截图.png');
    await question.getByRole('button', { name: '仍然导入' }).click();
    await expect(page.getByText('已导入 1 个文件')).toBeVisible();
    await expect(rows(page)).toHaveCount(4);

    await page.getByRole('button', { name: '校验完整性' }).click();
    await expect(page.getByText('全部 4 项证据完好')).toBeVisible();

    const evidenceDir = join(host.workspace, 'cases', folder, 'evidence');
    const chatFile = (await readdir(evidenceDir)).find((name) => name.endsWith('.txt'))!;
    await appendFile(join(evidenceDir, chatFile), '（后来补写的一行）\n');
    await page.getByRole('button', { name: '校验完整性' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '发现 1 个问题' })).toContainText(`已被改动：evidence/${chatFile}`);

    // A log cut in the middle of its last line: reported, and repaired only once the person confirms.
    await appendFile(join(host.workspace, 'cases', folder, 'audit.jsonl'), '{"seq":99,"at":"2024-');
    await page.getByRole('button', { name: '校验完整性' }).click();
    const problems = page.getByRole('alert').filter({ hasText: '发现 2 个问题' });
    await expect(problems).toContainText('最后一行不完整');
    await problems.getByRole('button', { name: '修复审计日志…' }).click();
    const repair = page.getByRole('dialog', { name: '修复审计日志' });
    await expect(repair).toContainText('截去审计日志最后不完整或损坏的一行');
    // The changed original is not something a repair can undo: it is listed as staying.
    await expect(repair).toContainText(`已被改动：evidence/${chatFile}`);
    await repair.getByRole('button', { name: '确认修复' }).click();
    const after = page.getByRole('alert').filter({ hasText: '发现 1 个问题' });
    await expect(after).toContainText('审计日志记录了 1 次经确认的修复');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
