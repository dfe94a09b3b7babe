import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseFolderRead } from '../../../src/core/cases/case-store';
import { CaseIndex } from '../../../src/core/index/case-index';
import { migrateIndex } from '../../../src/core/index/index-db';
import type { CaseRecord } from '../../../src/shared/domain/case';
import type { EvidenceView } from '../../../src/shared/domain/evidence';
import { sampleRecord } from '../sample-case';

const stamp = { mtimeMs: 1716254100000.123, size: 1234 };
const ok = (folder: string, record: CaseRecord): CaseFolderRead => ({ ok: true, folder, record, fromVersion: 2, stamp });

let index: CaseIndex;

beforeEach(() => {
  const db = new Database(':memory:');
  migrateIndex(db);
  index = new CaseIndex(db);
});

const folders = (query: Parameters<CaseIndex['list']>[0]) => index.list(query).cases.map((c) => c.folder);

describe('CaseIndex', () => {
  beforeEach(() => {
    const base = sampleRecord();
    index.record(
      ok('a-星耀', {
        ...sampleRecord({ updatedAt: '2024-05-22T10:00:00+08:00' }),
        title: 'Steam 充值卡未到账',
        platform: { name: '星耀卡盟', company: '杭州星耀网络科技有限公司' },
        complainant: { name: '李明' },
        order: { ...base.order, number: 'KM20240520001', product: 'Steam 钱包 100 元', paymentRef: '4200001234' },
      }),
    );
    index.record(
      ok('b-极速', {
        ...sampleRecord({ updatedAt: '2024-05-23T10:00:00+08:00', status: 'negotiating' }),
        title: '王者荣耀点券 50%_折扣 卡密无效',
        platform: { name: '极速卡盟' },
        complainant: { name: '王芳' },
      }),
    );
    index.record(ok('c-归档', sampleRecord({ lifecycle: 'archived', status: 'closed' })));
    index.record(ok('d-回收站', sampleRecord({ lifecycle: 'trashed' })));
  });

  it('lists a view newest activity first, with the summary fields', () => {
    expect(folders({ view: 'active' })).toEqual(['b-极速', 'a-星耀']);
    expect(folders({ view: 'archived' })).toEqual(['c-归档']);
    expect(folders({ view: 'trashed' })).toEqual(['d-回收站']);
    expect(index.list({ view: 'active' }).cases[1]).toMatchObject({
      folder: 'a-星耀',
      platformName: '星耀卡盟',
      product: 'Steam 钱包 100 元',
      orderNumber: 'KM20240520001',
      amountPaidFen: 9800,
      lastActivityAt: '2024-05-22T10:00:00+08:00',
    });
  });

  it('filters by status within a view', () => {
    expect(folders({ view: 'active', status: 'negotiating' })).toEqual(['b-极速']);
    expect(folders({ view: 'archived', status: 'negotiating' })).toEqual([]);
  });

  it('searches title, platform, company, product, order number, complainant and payment ref, ignoring case', () => {
    expect(folders({ view: 'active', query: 'steam' })).toEqual(['a-星耀']);
    expect(folders({ view: 'active', query: '极速' })).toEqual(['b-极速']);
    expect(folders({ view: 'active', query: '星耀网络科技' })).toEqual(['a-星耀']);
    expect(folders({ view: 'active', query: '钱包' })).toEqual(['a-星耀']);
    expect(folders({ view: 'active', query: 'km20240520001' })).toEqual(['a-星耀']);
    expect(folders({ view: 'active', query: '王芳' })).toEqual(['b-极速']);
    expect(folders({ view: 'active', query: '4200001234' })).toEqual(['a-星耀']);
    expect(folders({ view: 'active', query: '卡盟' })).toEqual(['b-极速', 'a-星耀']);
    expect(folders({ view: 'active', query: '  ' })).toEqual(['b-极速', 'a-星耀']);
  });

  it('treats full-width letters like ASCII and % and _ literally', () => {
    expect(folders({ view: 'active', query: 'ＳＴＥＡＭ' })).toEqual(['a-星耀']);
    expect(folders({ view: 'active', query: '50%_' })).toEqual(['b-极速']);
    expect(folders({ view: 'active', query: '%' })).toEqual(['b-极速']);
    expect(folders({ view: 'active', query: '_' })).toEqual(['b-极速']);
  });

  it('keeps damaged folders in every listing and resolves them by folder name', () => {
    index.record({ ok: false, folder: 'e-坏的', reason: 'case.json 不是有效的 JSON（第 1 行）' });
    for (const view of ['active', 'archived', 'trashed'] as const) {
      expect(index.list({ view, query: '不相干' }).damaged).toEqual([
        { folder: 'e-坏的', reason: 'case.json 不是有效的 JSON（第 1 行）' },
      ]);
    }
    expect(index.resolve('e-坏的')).toEqual({ kind: 'damaged', folder: 'e-坏的', reason: expect.any(String) });
    expect(index.counts()).toEqual({ caseCount: 4, damagedCount: 1 });
  });

  it('replaces what it knew about a folder when the folder is recorded again', () => {
    index.record({ ok: false, folder: 'a-星耀', reason: '坏了' });
    expect(folders({ view: 'active' })).toEqual(['b-极速']);
    expect(index.damaged()).toEqual([{ folder: 'a-星耀', reason: '坏了' }]);
    index.forget('a-星耀');
    expect(index.damaged()).toEqual([]);
  });

  it('keeps the exact stamp a case was read with', () => {
    expect(index.stamps().get('c-归档')).toEqual(stamp);
  });

  it('keeps the evidence mirror when the case is recorded again, and counts only items not in the trash', () => {
    const record = sampleRecord({ updatedAt: '2024-05-24T10:00:00+08:00' });
    index.record(ok('f-证据', record));
    const item = (id: string, title: string, removedAt?: string) =>
      ({ id, title, exhibitNumber: 1, category: 'transaction', mediaType: 'image/png', size: 1, sha256: 'ab', ...(removedAt ? { removedAt } : {}) }) as EvidenceView;
    const evidenceStamp = { mtimeMs: Date.parse('2024-05-25T02:00:00Z'), size: 10 };
    index.recordEvidence(record.id, [item('E1', '支付宝账单截图'), item('E2', '旧截图', '2024-05-25T10:00:00+08:00')], evidenceStamp);
    expect(index.list({ view: 'active' }).cases[0]).toMatchObject({ folder: 'f-证据', evidenceCount: 1, lastActivityAt: '2024-05-25T10:00:00+08:00' });

    index.record(ok('f-证据', { ...record, status: 'negotiating', updatedAt: '2024-05-26T10:00:00+08:00' }));
    expect(index.list({ view: 'active' }).cases[0]).toMatchObject({ evidenceCount: 1, lastActivityAt: '2024-05-26T10:00:00+08:00' });
    expect(index.sideFileStamps('evidence').get('f-证据')).toEqual(evidenceStamp);
    expect(folders({ view: 'active', query: '支付宝账单' })).toEqual(['f-证据']);
    expect(folders({ view: 'active', query: '旧截图' })).toEqual([]);
  });
});
