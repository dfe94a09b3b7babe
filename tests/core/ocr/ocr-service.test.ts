import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import type { OcrReader, Reading } from '../../../src/core/ocr/ocr-engine';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import type { EvidenceListing, ImportReport } from '../../../src/shared/api/contract';
import { dispatch } from '../../../src/shared/api/dispatch';
import type { VerifyReport } from '../../../src/shared/domain/evidence';
import type { OcrDetail, OcrSearchHit } from '../../../src/shared/domain/ocr';
import { sampleIntake } from '../sample-case';
import { tempDir } from '../temp-dir';
import { linesOf } from './ocr-lines';

/** What the scripted engine "reads" on each source file, by name. */
const PAGES: Record<string, string[]> = {
  'order.png': ['订单详情', '订单编号: KM20240520143208002', '下单时间: 2024-05-20 14:32:08', '实付金额: ¥98.00', '订单状态:未完成', '卡密: ABCD-EFGH-1234-5678'],
  'error.png': ['充值失败', '卡密已被使用，请联系客服', '错误码：E1032'],
};

/** An engine that answers from PAGES, so the service's bookkeeping is tested without Tesseract's seconds. */
function scriptedEngine(reads: string[]): OcrReader {
  return {
    identity: { name: 'scripted', version: '1', languages: ['eng', 'chi_sim'] },
    async read(path: string): Promise<Reading> {
      const page = Object.keys(PAGES).find((name) => basename(path).endsWith(name));
      // Stored originals are named `<item id>-<original name>`.
      reads.push(basename(path).replace(/^[0-9A-Z]{26}-/, ''));
      if (!page) throw new Error('unreadable test image');
      return { width: 1080, height: 2340, lines: linesOf(PAGES[page]!), durationMs: 5, blank: false };
    },
    async stop() {},
  };
}

let session: WorkspaceSession;
let workspace: string;
let reads: string[];

const call = async <T>(channel: string, input: unknown): Promise<T> => {
  const result = await dispatch(createHandlers(session), channel, input, (error) => {
    throw error;
  });
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

beforeEach(async () => {
  vi.stubEnv('CASEBOOK_CONFIG_DIR', tempDir('casebook-config-'));
  workspace = tempDir();
  reads = [];
  session = await WorkspaceSession.open(workspace, undefined, { ocr: { start: async () => scriptedEngine(reads) } });
});
afterEach(() => {
  session.close();
  vi.unstubAllEnvs();
});

/** A distinct little PNG per name (imports refuse identical files). */
async function source(name: string): Promise<string> {
  const dir = tempDir('casebook-sources-');
  const path = join(dir, name);
  const shade = [...name].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 255;
  writeFileSync(path, await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: shade, g: 10, b: 10 } } }).png().toBuffer());
  return path;
}

async function newCase() {
  const { id, folder } = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
  return { id, caseDir: join(workspace, 'cases', folder) };
}

async function importAndRead(caseId: string, names: string[], options: Record<string, unknown> = {}) {
  const report = await call<ImportReport>('evidence:import-paths', { caseId, paths: await Promise.all(names.map(source)), ...options });
  await session.ocr.whenIdle();
  return report;
}

describe('reading imported screenshots', () => {
  it('reads each imported image in the background, keeps the reading beside the evidence, audits it and applies what it proposes', async () => {
    const { id, caseDir } = await newCase();
    const report = await importAndRead(id, ['error.png', 'order.png']);
    const [errorShot, orderShot] = report.imported;
    expect(reads).toEqual(['error.png', 'order.png']);

    const { items } = await call<EvidenceListing>('evidence:list', { caseId: id });
    // The order page moved ahead of the error pop-up: the default exhibit order is right without help.
    expect(items.map((i) => [i.exhibitNumber, i.category, i.title, i.capturedAtSource])).toEqual([
      [1, 'transaction', '订单详情截图（KM20240520143208002）', 'ocr'],
      [2, 'anomaly', '报错提示截图（E1032）', 'file-mtime'],
    ]);
    const order = items[0]!;
    expect(order.capturedAt).toBe('2024-05-20T14:32:08+08:00');
    expect(order.screenshot).toEqual({ orderNumberVisible: true, timestampVisible: true, userIdVisible: false });
    expect(order.ocr).toMatchObject({
      status: 'done',
      facts: expect.arrayContaining([expect.objectContaining({ kind: 'order-number', value: 'KM20240520143208002', line: 1 })]),
      mismatches: [{ field: 'order-number', read: 'KM20240520143208002', expected: 'KM20240520143208001', line: 1 }],
    });

    expect(readdirSync(join(caseDir, 'evidence', 'ocr')).sort()).toEqual([`${errorShot!.id}.json`, `${orderShot!.id}.json`].sort());
    const audit = readFileSync(join(caseDir, 'audit.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { action: string; target?: string });
    expect(audit.filter((e) => e.action === 'ocr.read').map((e) => e.target)).toEqual([errorShot!.id, orderShot!.id]);
    expect(await call<VerifyReport>('evidence:verify', { caseId: id })).toEqual({ ok: true, checked: 2, problems: [] });
  });

  it('never changes what the person set, also when the item is read again', async () => {
    const { id } = await newCase();
    const [item] = (await importAndRead(id, ['order.png'], { ocr: false })).imported;
    expect(reads).toEqual([]);
    await call('evidence:update', { caseId: id, itemId: item!.id, labels: { title: '我的订单截图', capturedAt: '2024-05-25 10:00:00' } });

    await call('ocr:read', { caseId: id, itemIds: [item!.id] });
    await session.ocr.whenIdle();
    const { items } = await call<EvidenceListing>('evidence:list', { caseId: id });
    expect(items[0]).toMatchObject({ title: '我的订单截图', capturedAt: '2024-05-25T10:00:00+08:00', capturedAtSource: 'user', category: 'transaction', userSet: ['title', 'capturedAt'] });
  });

  it('reports a reading that fails, and reads nothing when the person turned OCR off', async () => {
    const { id } = await newCase();
    await importAndRead(id, ['unreadable.png']);
    const { items } = await call<EvidenceListing>('evidence:list', { caseId: id });
    expect(items[0]!.ocr).toMatchObject({ status: 'failed', error: expect.stringContaining('unreadable test image') });

    await call('ocr:set-enabled', { enabled: false });
    expect(await call('ocr:settings', {})).toEqual({ enabled: false });
    await importAndRead(id, ['order.png']);
    expect(reads).toEqual(['unreadable.png']);
  });

  it('finds screenshots by their text across cases, naming the case, the exhibit and the line (card keys masked)', async () => {
    const { id } = await newCase();
    await importAndRead(id, ['order.png', 'error.png']);
    const hits = await call<OcrSearchHit[]>('search:text', { query: '卡密', view: 'active' });
    expect(hits.map((h) => [h.caseId, h.exhibitNumber, h.itemTitle, h.line])).toEqual([
      [id, 1, '订单详情截图（KM20240520143208002）', '卡密: ABCD-****-****-5678'],
      [id, 2, '报错提示截图（E1032）', '卡密已被使用，请联系客服'],
    ]);
    // The dashboard's case search finds the case by a screenshot's text too.
    expect((await call<{ cases: { id: string }[] }>('cases:list', { view: 'active', query: 'E1032' })).cases.map((c) => c.id)).toEqual([id]);

    // The index is a cache: rebuilt from the folders, it finds the same.
    await call('index:rebuild', {});
    expect(await call<OcrSearchHit[]>('search:text', { query: '错误码', view: 'active' })).toHaveLength(1);
  });

  it('lets verify report a reading edited after it was written, and a stray file in the readings folder', async () => {
    const { id, caseDir } = await newCase();
    const [item] = (await importAndRead(id, ['order.png'])).imported;
    const readingPath = join(caseDir, 'evidence', 'ocr', `${item!.id}.json`);
    appendFileSync(readingPath, ' ');
    writeFileSync(join(caseDir, 'evidence', 'ocr', 'notes.txt'), 'x');
    const report = await call<VerifyReport>('evidence:verify', { caseId: id });
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(2);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { kind: 'modified', itemId: item!.id, storedName: `ocr/${item!.id}.json`, expected: expect.stringMatching(/^[0-9a-f]{64}$/), actual: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { kind: 'unexpected', file: 'evidence/ocr/notes.txt' },
      ]),
    );
  });

  it('details a reading with the timeline entries and case fields it proposes', async () => {
    const { id } = await newCase();
    const [item] = (await importAndRead(id, ['order.png'])).imported;
    const detail = await call<OcrDetail>('ocr:get', { caseId: id, itemId: item!.id });
    expect(detail.lines.map((l) => l.text)).toContain('卡密: ABCD-****-****-5678');
    expect(detail.labels).toMatchObject({ category: 'transaction', capturedAt: '2024-05-20T14:32:08+08:00' });
    expect(detail.timeline).toEqual([]);
    expect(detail.caseFields).toEqual([]);
  });
});
