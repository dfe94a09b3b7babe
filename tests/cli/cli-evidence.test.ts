/** `casebook evidence add|list` and `casebook verify`, run as the BUILT command (`npm run build` first). */
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceListing } from '../../src/shared/api/contract';
import type { VerifyReport } from '../../src/shared/domain/evidence';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';

/** The smallest valid PNG (1×1), so content sniffing sees a real image. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

interface AddJson {
  imported: { id: string; exhibitNumber?: number; sha256: string; size: number; storedPath: string; originalName: string; category: string; title: string }[];
  warnings: string[];
  rejected: { file: string; code: string; message: string }[];
}

describe('casebook evidence and verify (built CLI)', () => {
  let root: string;
  let sources: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;
  let caseDir: string;

  const cli = (...args: string[]) => runCli(workspace, env, args);
  const source = async (name: string, content: string | Buffer) => {
    const path = join(sources, name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, content);
    return path;
  };
  const addJson = async (...args: string[]) => {
    const run = await cli('evidence', 'add', caseId, ...args, '--json');
    return { ...run, report: JSON.parse(run.stdout) as AddJson };
  };

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-evidence-'));
    sources = join(root, 'sources');
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
    const { id, folder } = await seedCase(workspace, env);
    caseId = id;
    caseDir = join(workspace, 'cases', folder);
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('imports files and prints each new item as JSON, in exhibit order', async () => {
    const png = await source('订单截图.png', TINY_PNG);
    const chat = await source('客服聊天.txt', '客服：卡密已发放，请自行检查。');
    const { code, report, stderr } = await addJson(png, chat, '--category', 'transaction');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.warnings).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.imported.map((i) => [i.originalName, i.exhibitNumber, i.category, i.title])).toEqual([
      ['订单截图.png', 1, 'transaction', '订单截图'],
      ['客服聊天.txt', 2, 'transaction', '客服聊天'],
    ]);
    const [first] = report.imported;
    expect(Object.keys(first!).sort()).toEqual(['category', 'exhibitNumber', 'id', 'originalName', 'sha256', 'size', 'storedPath', 'title']);
    expect(first!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.size).toBe(TINY_PNG.length);
    expect(await readFile(join(caseDir, first!.storedPath))).toEqual(TINY_PNG);
  });

  it('prints a table of new items for people: exhibit number, id, SHA-256, size, stored path', async () => {
    const run = await cli('evidence', 'add', caseId, await source('支付凭证.txt', '支付宝账单 98.00 元'), '--title', '支付宝账单');
    expect(run.code).toBe(0);
    for (const text of ['编号', 'SHA-256', '证据3', 'evidence/']) expect(run.stdout).toContain(text);
    expect(run.stdout).toMatch(/[0-9a-f]{64}/);
  });

  it('refuses a duplicate with exit 2 and imports it with --allow-duplicate', async () => {
    const copy = await source('副本/订单截图.png', TINY_PNG);
    const refused = await addJson(copy);
    expect(refused.code).toBe(2);
    expect(refused.report.rejected).toEqual([{ file: copy, code: 'duplicate', message: expect.stringContaining('证据1') }]);
    expect(refused.stderr).toContain('证据1');
    const allowed = await addJson(copy, '--allow-duplicate');
    expect(allowed.code).toBe(0);
    expect(allowed.report.imported).toHaveLength(1);
  });

  it('needs --recursive for a folder (exit 2 naming it) and then imports what is inside', async () => {
    const folder = join(sources, '聊天记录');
    await source('聊天记录/第一天.txt', '第一天的聊天');
    await source('聊天记录/第二天.txt', '第二天的聊天');
    const refused = await cli('evidence', 'add', caseId, folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(folder);
    expect(refused.stderr).toContain('--recursive');
    const recursive = await addJson(folder, '--recursive');
    expect(recursive.code).toBe(0);
    expect(recursive.report.imported.map((i) => i.originalName).sort()).toEqual(['第一天.txt', '第二天.txt']);
  });

  it('refuses a symlink with exit 2 but still imports the other files, and says so', async () => {
    const target = await source('真实文件.txt', '这是链接指向的文件');
    const link = join(sources, '快捷方式.txt');
    await symlink(target, link);
    const other = await source('另一份.txt', '和链接一起选中的文件');
    const run = await addJson(link, other);
    expect(run.code).toBe(2);
    expect(run.report.rejected).toEqual([{ file: link, code: 'invalid', message: expect.stringContaining(link) }]);
    expect(run.report.imported.map((i) => i.originalName)).toEqual(['另一份.txt']);
    expect(run.stderr).toContain('其余 1 个文件已导入');
  });

  it('imports a zero-byte file with a warning on stderr', async () => {
    const run = await cli('evidence', 'add', caseId, await source('空文件.txt', ''));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('空文件.txt');
    expect(run.stderr).toContain('0 字节');
  });

  it('exits 2 naming the field for an unknown category, and for an unknown case', async () => {
    const file = await source('x.txt', 'x');
    const badCategory = await cli('evidence', 'add', caseId, file, '--category', 'receipts');
    expect(badCategory.code).toBe(2);
    expect(badCategory.stderr).toContain('--category');
    const noCase = await cli('evidence', 'add', 'no-such-case', file);
    expect(noCase.code).toBe(2);
    expect(noCase.stderr).toContain('no-such-case');
  });

  it('lists the evidence as JSON and as a Chinese table', async () => {
    const json = await cli('evidence', 'list', caseId, '--json');
    expect(json.code).toBe(0);
    const listing = JSON.parse(json.stdout) as EvidenceListing;
    expect(listing.items.map((i) => i.exhibitNumber)).toEqual(listing.items.map((_, n) => n + 1));
    expect(listing.items[0]).toMatchObject({ originalName: '订单截图.png', category: 'transaction', storedPath: expect.stringMatching(/^evidence\//) });
    expect(Array.isArray(listing.checklist)).toBe(true);
    const table = await cli('evidence', 'list', caseId);
    expect(table.code).toBe(0);
    for (const text of ['证据1', '交易记录', '订单截图', listing.items[0]!.sha256.slice(0, 12), '文件修改时间']) expect(table.stdout).toContain(text);
  });

  describe('verify', () => {
    it('exits 0 and says the evidence is intact', async () => {
      const run = await cli('verify', caseId);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('证据完好');
      const json = await cli('verify', caseId, '--json');
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, problems: [] } satisfies Partial<VerifyReport>);
    });

    it('exits 1 and names a modified file after one byte of it changed', async () => {
      const listing = JSON.parse((await cli('evidence', 'list', caseId, '--json')).stdout) as EvidenceListing;
      const item = listing.items.find((i) => i.originalName === '客服聊天.txt')!;
      const stored = join(caseDir, item.storedPath);
      const original = await readFile(stored);
      await chmod(stored, 0o644);
      const flipped = Buffer.from(original);
      flipped[0] = flipped[0]! ^ 0x01;
      await writeFile(stored, flipped);
      try {
        const run = await cli('verify', caseId);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('已被改动');
        expect(run.stdout).toContain(item.storedPath);
        const json = await cli('verify', caseId, '--json');
        expect(json.code).toBe(1);
        expect((JSON.parse(json.stdout) as VerifyReport).problems).toEqual([
          { kind: 'modified', itemId: item.id, storedName: item.storedName, expected: item.sha256, actual: expect.any(String) },
        ]);
      } finally {
        await writeFile(stored, original);
        await chmod(stored, 0o444);
      }
      expect((await cli('verify', caseId)).code).toBe(0);
    });

    it('exits 1 and names the line when the audit log was edited', async () => {
      const auditPath = join(caseDir, 'audit.jsonl');
      const lines = (await readFile(auditPath, 'utf8')).split('\n');
      const edited = [...lines];
      edited[1] = edited[1]!.replace(/"size":\d+/, '"size":1');
      expect(edited[1]).not.toBe(lines[1]);
      await writeFile(auditPath, edited.join('\n'));
      const run = await cli('verify', caseId);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('审计日志第 2 行');
    });
  });
});
