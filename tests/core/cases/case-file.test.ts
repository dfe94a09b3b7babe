import { describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION, parseCaseFile, serializeCaseFile } from '../../../src/core/cases/case-file';
import { sampleRecord, v1FixtureText } from '../sample-case';

describe('case.json format', () => {
  it('round-trips a record through serialize and parse', () => {
    const record = sampleRecord({ status: 'negotiating', lifecycle: 'archived' });
    const parsed = parseCaseFile(serializeCaseFile(record));
    expect(parsed).toEqual({ ok: true, record, fromVersion: CASE_FILE_VERSION });
  });

  it('writes pretty JSON with a stable key order and a trailing newline', () => {
    const record = sampleRecord();
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    const text = serializeCaseFile(shuffled);
    expect(text).toBe(serializeCaseFile(record));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schemaVersion', 'id', 'createdAt', 'updatedAt', 'status', 'lifecycle',
      'title', 'platform', 'complainant', 'order', 'problem', 'demand',
    ]);
    expect(text).toContain('"title": "星耀卡盟 王者荣耀点券卡密无效');
  });

  it('never serializes an invalid record', () => {
    expect(() => serializeCaseFile({ ...sampleRecord(), status: '协商中' as never })).toThrow();
  });

  it('migrates the version 1 fixture to version 2', () => {
    const parsed = parseCaseFile(v1FixtureText());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fromVersion).toBe(1);
    expect(parsed.record).toMatchObject({
      schemaVersion: 2,
      id: '01HYBZ3K8Q4M7XN2P5R6T9VWCD',
      createdAt: '2024-05-21T09:15:00+08:00',
      updatedAt: '2024-05-23T20:41:37+08:00',
      status: 'negotiating',
      lifecycle: 'archived',
      title: '星耀卡盟 王者荣耀点券卡密无效',
      order: { number: 'KM20240520143208001', amountPaidFen: 9800, purchasedAt: '2024-05-20T14:32:08+08:00' },
      demand: { type: 'refund', amountFen: 9800, deadlineDays: 3 },
    });
    expect(parsed.record.order).not.toHaveProperty('amountPaid');
    expect(parseCaseFile(serializeCaseFile(parsed.record))).toEqual({ ...parsed, fromVersion: 2 });
  });

  it('maps the v1 archived/deleted flags to a lifecycle, deleted winning', () => {
    const v1 = JSON.parse(v1FixtureText()) as Record<string, unknown>;
    const lifecycle = (archived: boolean, deleted: boolean) => {
      const parsed = parseCaseFile(JSON.stringify({ ...v1, archived, deleted }));
      return parsed.ok ? parsed.record.lifecycle : parsed.reason;
    };
    expect(lifecycle(false, false)).toBe('active');
    expect(lifecycle(true, false)).toBe('archived');
    expect(lifecycle(true, true)).toBe('trashed');
    expect(lifecycle(false, true)).toBe('trashed');
  });

  it('names the v1 field that cannot be migrated', () => {
    const v1 = JSON.parse(v1FixtureText()) as { order: Record<string, unknown> };
    const badMoney = parseCaseFile(JSON.stringify({ ...v1, order: { ...v1.order, amountPaid: '98.001' } }));
    expect(badMoney).toEqual({ ok: false, reason: expect.stringContaining('order.amountPaid') });
    const badStatus = parseCaseFile(JSON.stringify({ ...v1, status: '进行到一半' }));
    expect(badStatus).toEqual({ ok: false, reason: expect.stringContaining('进行到一半') });
  });

  it('refuses a file from a future version with a clear reason', () => {
    const parsed = parseCaseFile(JSON.stringify({ ...sampleRecord(), schemaVersion: 3 }));
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('格式版本为 3') });
    if (!parsed.ok) expect(parsed.reason).toContain('请升级');
  });

  it('reports broken JSON with its line number', () => {
    const text = serializeCaseFile(sampleRecord()).replace('"id":', '"id"');
    expect(parseCaseFile(text)).toEqual({ ok: false, reason: 'case.json 不是有效的 JSON（第 3 行）' });
    expect(parseCaseFile('')).toEqual({ ok: false, reason: 'case.json 不是有效的 JSON（第 1 行）' });
  });

  it('names the bad field in Chinese', () => {
    const record = sampleRecord();
    const text = JSON.stringify({ ...record, order: { ...record.order, amountPaidFen: '98.00' } });
    const parsed = parseCaseFile(text);
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('“order.amountPaidFen”') });
    if (!parsed.ok) expect(parsed.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses unknown fields instead of silently dropping them on the next save', () => {
    const parsed = parseCaseFile(JSON.stringify({ ...sampleRecord(), 备注: '手写的' }));
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('备注') });
  });

  it('refuses files without a version or with a strange one', () => {
    const { schemaVersion: _omit, ...rest } = sampleRecord();
    expect(parseCaseFile(JSON.stringify(rest))).toEqual({ ok: false, reason: expect.stringContaining('缺少格式版本号') });
    expect(parseCaseFile(JSON.stringify({ ...rest, schemaVersion: '2' }))).toEqual({
      ok: false,
      reason: expect.stringContaining('无法识别'),
    });
    expect(parseCaseFile('[1, 2]')).toEqual({ ok: false, reason: expect.stringContaining('JSON 对象') });
  });

  it('tolerates a UTF-8 byte order mark left by Windows editors', () => {
    expect(parseCaseFile(`\uFEFF${serializeCaseFile(sampleRecord())}`).ok).toBe(true);
  });
});
