import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGING_DIR } from '../../../src/core/evidence/stage-copy';
import type { CaseListing, EvidenceListing, ImportReport } from '../../../src/shared/api/contract';
import type { EvidenceView, VerifyReport } from '../../../src/shared/domain/evidence';
import { toChinaIso } from '../../../src/shared/validation/date-time';
import { TINY_PNG } from '../evidence/locker-helpers';
import { sampleIntake } from '../sample-case';
import { tempDir } from '../temp-dir';
import { useApiSession } from './api-session';

const api = useApiSession();
const { call, callRaw } = api;

/** A new case and a folder of source files, as a person would pick them. */
async function caseWithSources() {
  const { id, folder } = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
  const caseDir = join(api.workspace, 'cases', folder);
  const sources = tempDir('casebook-sources-');
  const source = (name: string, content: string | Uint8Array) => {
    const path = join(sources, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  const importPaths = (paths: string[], options: Record<string, unknown> = {}) =>
    call<ImportReport>('evidence:import-paths', { caseId: id, paths, ...options });
  const list = () => call<EvidenceListing>('evidence:list', { caseId: id });
  return { id, folder, caseDir, sources, source, importPaths, list };
}

const leftovers = (caseDir: string) => ({
  evidence: readdirSync(join(caseDir, 'evidence')),
  staging: readdirSync(join(caseDir, STAGING_DIR), { withFileTypes: true }).map((e) => e.name),
});

describe('evidence through dispatch', () => {
  it('imports files by path; a folder needs recursive, and a symlink inside it is refused', async () => {
    const { caseDir, sources, source, importPaths } = await caseWithSources();
    const png = source('订单支付截图.png', TINY_PNG);
    const chat = source('聊天记录/客服聊天.txt', '客服：请耐心等待');
    source('聊天记录/补充说明.txt', '三天后仍未到账');
    symlinkSync(chat, join(sources, '聊天记录', '快捷方式.txt'));

    const first = await importPaths([png, join(sources, '聊天记录')]);
    expect(first.imported.map((i) => i.originalName)).toEqual(['订单支付截图.png']);
    expect(first.rejected).toEqual([
      { file: join(sources, '聊天记录'), code: 'folder', message: expect.stringContaining(`“${join(sources, '聊天记录')}”是一个文件夹`) },
    ]);

    const second = await importPaths([join(sources, '聊天记录')], { recursive: true, category: 'communication' });
    // Folder contents go in sorted as a Chinese reader expects (pinyin: bǔ before kè).
    expect(second.imported.map((i) => [i.originalName, i.category])).toEqual([
      ['补充说明.txt', 'communication'],
      ['客服聊天.txt', 'communication'],
    ]);
    expect(second.rejected).toEqual([{ file: join(sources, '聊天记录', '快捷方式.txt'), code: 'invalid', message: expect.stringContaining('符号链接') }]);
    expect(readdirSync(join(caseDir, 'evidence'))).toHaveLength(3);
  });

  it('refuses the same content twice with code duplicate, and accepts it when allowed', async () => {
    const { source, importPaths, list } = await caseWithSources();
    await importPaths([source('账单.txt', '支付宝账单 98.00')]);
    const again = source('账单-副本.txt', '支付宝账单 98.00');
    const refused = await importPaths([again]);
    expect(refused.imported).toEqual([]);
    expect(refused.rejected).toEqual([{ file: again, code: 'duplicate', message: expect.stringContaining('证据1') }]);
    expect((await importPaths([again], { allowDuplicate: true })).imported).toHaveLength(1);
    expect((await list()).items).toHaveLength(2);
  });

  it('refuses an invalid capture time naming the field and changing nothing; a valid one is marked as the person’s', async () => {
    const { id, caseDir, source, importPaths } = await caseWithSources();
    const [item] = (await importPaths([source('截图.png', TINY_PNG)])).imported;
    const before = readFileSync(join(caseDir, 'evidence.json'), 'utf8');

    const refused = await callRaw('evidence:update', { caseId: id, itemId: item!.id, labels: { title: '新名字', capturedAt: '2024-02-30 10:00' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ field: 'labels.capturedAt' }] } });
    expect(readFileSync(join(caseDir, 'evidence.json'), 'utf8')).toBe(before);

    const updated = await call<EvidenceView>('evidence:update', {
      caseId: id,
      itemId: item!.id,
      labels: { title: '订单支付截图', capturedAt: '2024-05-20 14:32', screenshot: { orderNumberVisible: true } },
    });
    expect(updated).toMatchObject({ title: '订单支付截图', capturedAt: '2024-05-20T14:32:00+08:00', capturedAtSource: 'user', sha256: item!.sha256 });
  });

  it('keeps a transcript up to 20,000 characters, refuses a longer one naming the field, and keeps it on reread', async () => {
    const { id, caseDir, source, importPaths } = await caseWithSources();
    const [item] = (await importPaths([source('通话录音.txt', '录音')])).imported;
    const transcript = '客服（工号KF8848）：已登记工单。'.padEnd(20_000, '。');
    const updated = await call<EvidenceView>('evidence:update', { caseId: id, itemId: item!.id, labels: { transcript: `  ${transcript}\n` } });
    expect(updated.transcript).toBe(transcript);

    const before = readFileSync(join(caseDir, 'evidence.json'), 'utf8');
    const refused = await callRaw('evidence:update', { caseId: id, itemId: item!.id, labels: { transcript: `${transcript}多` } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ field: 'labels.transcript' }] } });
    expect(readFileSync(join(caseDir, 'evidence.json'), 'utf8')).toBe(before);
    expect((await call<EvidenceListing>('evidence:list', { caseId: id })).items[0]!.transcript).toBe(transcript);
  });

  it('reorders, refuses an order that is not the case’s items, and numbers exhibits around the trash', async () => {
    const { id, source, importPaths, list } = await caseWithSources();
    const { imported } = await importPaths([source('a.txt', 'A'), source('b.txt', 'B'), source('c.txt', 'C')]);
    const [a, b, c] = imported.map((i) => i.id) as [string, string, string];

    const reordered = await call<EvidenceView[]>('evidence:reorder', { caseId: id, order: [c, a, b] });
    expect(reordered.map((i) => [i.id, i.exhibitNumber])).toEqual([
      [c, 1],
      [a, 2],
      [b, 3],
    ]);
    expect(await callRaw('evidence:reorder', { caseId: id, order: [a, b] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await callRaw('evidence:reorder', { caseId: id, order: [a, a, b] })).toMatchObject({ ok: false, error: { code: 'invalid' } });

    const removed = await call<EvidenceView>('evidence:remove', { caseId: id, itemId: c });
    expect(removed.exhibitNumber).toBeUndefined();
    expect((await list()).items.map((i) => [i.id, i.exhibitNumber, Boolean(i.removedAt)])).toEqual([
      [a, 1, false],
      [b, 2, false],
      [c, undefined, true],
    ]);
    await call('evidence:restore', { caseId: id, itemId: c });
    expect((await list()).items.map((i) => [i.id, i.exhibitNumber])).toEqual([
      [c, 1],
      [a, 2],
      [b, 3],
    ]);
  });

  it('verifies the originals, and reports a flipped byte', async () => {
    const { id, caseDir, source, importPaths } = await caseWithSources();
    const [item] = (await importPaths([source('录音.m4a', 'fake audio bytes')])).imported;
    expect(await call<VerifyReport>('evidence:verify', { caseId: id })).toEqual({ ok: true, checked: 1, problems: [] });

    const path = join(caseDir, item!.storedPath);
    const bytes = readFileSync(path);
    bytes[3] = bytes[3]! ^ 0x20;
    chmodSync(path, 0o644);
    writeFileSync(path, bytes);
    const report = await call<VerifyReport>('evidence:verify', { caseId: id });
    expect(report).toMatchObject({ ok: false, problems: [{ kind: 'modified', itemId: item!.id, expected: item!.sha256 }] });
  });

  it('cancels a running import of a large file and leaves nothing behind', async () => {
    const { id, caseDir, source } = await caseWithSources();
    const video = source('录屏.mp4', Buffer.alloc(128 * 1024 * 1024, 7));
    const importing = callRaw('evidence:import-paths', { caseId: id, paths: [video], importId: 'import-1' });
    // Cancel once the copy is under way: its staging file exists.
    while (!readdirSync(caseDir).includes(STAGING_DIR) || readdirSync(join(caseDir, STAGING_DIR)).length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(await call('evidence:cancel-import', { importId: 'import-1' })).toEqual({ cancelled: true });
    expect(await importing).toMatchObject({ ok: false, error: { message: expect.stringContaining('已取消导入') } });
    expect(leftovers(caseDir)).toEqual({ evidence: [], staging: [] });
    expect(await call('evidence:cancel-import', { importId: 'import-1' })).toEqual({ cancelled: false });
    expect((await call<CaseListing>('cases:list', {})).cases[0]?.evidenceCount).toBe(0);
  });

  it('mirrors evidence in the dashboard listing and search, and a full reindex reproduces it', async () => {
    const { id, caseDir, source, importPaths } = await caseWithSources();
    await importPaths([source('支付宝账单.png', TINY_PNG), source('客服聊天.txt', '客服：请耐心等待')]);
    const listing = await call<CaseListing>('cases:list', {});
    expect(listing.cases).toEqual([
      expect.objectContaining({ id, evidenceCount: 2, lastActivityAt: toChinaIso(statSync(join(caseDir, 'evidence.json')).mtime) }),
    ]);
    expect((await call<CaseListing>('cases:list', { query: '客服聊天' })).cases.map((c) => c.id)).toEqual([id]);

    expect(await call('index:rebuild', {})).toEqual({ indexed: 1, damaged: [] });
    expect(await call<CaseListing>('cases:list', {})).toEqual(listing);
    expect((await call<CaseListing>('cases:list', { query: '客服聊天' })).cases.map((c) => c.id)).toEqual([id]);
  });

  it('answers damaged for a broken evidence.json and keeps the case listed', async () => {
    const { id, caseDir, source, importPaths } = await caseWithSources();
    await importPaths([source('a.txt', 'A')]);
    writeFileSync(join(caseDir, 'evidence.json'), '{ "schemaVersion": 1, "order": [');
    expect(await callRaw('evidence:list', { caseId: id })).toMatchObject({
      ok: false,
      error: { code: 'damaged', message: expect.stringContaining('evidence.json') },
    });
    await call('index:rebuild', {});
    expect((await call<CaseListing>('cases:list', {})).cases).toEqual([expect.objectContaining({ id, evidenceCount: 0 })]);
  });
});
