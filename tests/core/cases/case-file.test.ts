import { describe, expect, it } from 'vitest';
import { CASE_FILE_VERSION, parseCaseFile, serializeCaseFile } from '../../../src/core/cases/case-file';
import { sampleRecord, v1FixtureText, v2FixtureText, v3FixtureText } from '../sample-case';

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
    expect(text.split('\n')[1]).toBe(`  "schemaVersion": ${CASE_FILE_VERSION},`);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schemaVersion', 'id', 'createdAt', 'updatedAt', 'status', 'lifecycle',
      'title', 'platform', 'complainant', 'order', 'problem', 'demand', 'litigation',
    ]);
    expect(text).toContain('"title": "星耀卡盟 王者荣耀点券卡密无效');
  });

  it('never serializes an invalid record', () => {
    expect(() => serializeCaseFile({ ...sampleRecord(), status: '协商中' as never })).toThrow();
  });

  it('writes claims after the demand, and only when there are some', () => {
    const claims = { fraud: true, platformPromise: { text: '假一赔三', multiplier: 3 } };
    const text = serializeCaseFile(sampleRecord({ claims }));
    expect(Object.keys(JSON.parse(text)).at(-1)).toBe('claims');
    expect(parseCaseFile(text)).toMatchObject({ ok: true, record: { claims } });
    expect(serializeCaseFile(sampleRecord())).not.toContain('claims');
  });

  it('refuses claims it cannot use, naming the field', () => {
    const bad = (claims: unknown) => parseCaseFile(JSON.stringify({ ...sampleRecord(), claims }));
    expect(bad({ fraud: 'yes' })).toEqual({ ok: false, reason: expect.stringContaining('claims.fraud') });
    expect(bad({ fraud: false, platformPromise: { text: '假一赔三', multiplier: 0 } })).toEqual({
      ok: false,
      reason: expect.stringContaining('claims.platformPromise.multiplier'),
    });
  });

  it('reads the version 2 fixture as the current version without claims, and writes it back as the current version', () => {
    const parsed = parseCaseFile(v2FixtureText());
    expect(parsed).toMatchObject({ ok: true, fromVersion: 2, record: { schemaVersion: CASE_FILE_VERSION, id: '01HZ8R2M4N6P8Q0S2T4V6W8X0Y', status: 'complained' } });
    if (!parsed.ok) return;
    expect(parsed.record).not.toHaveProperty('claims');
    // Apart from the version, nothing changes: the same keys with the same values.
    const { schemaVersion: _v2, ...v2 } = JSON.parse(v2FixtureText()) as Record<string, unknown>;
    const { schemaVersion: _v3, ...v3 } = JSON.parse(serializeCaseFile(parsed.record)) as Record<string, unknown>;
    expect(v3).toEqual(v2);
    expect(parseCaseFile(serializeCaseFile(parsed.record))).toEqual({ ...parsed, fromVersion: CASE_FILE_VERSION });
  });

  it('reads the version 3 fixture (claims, no version 4 fields) unchanged apart from the version', () => {
    const parsed = parseCaseFile(v3FixtureText());
    expect(parsed).toMatchObject({ ok: true, fromVersion: 3, record: { schemaVersion: 4, claims: { fraud: true, platformPromise: { text: '假一赔三', multiplier: 3 } } } });
    if (!parsed.ok) return;
    const { schemaVersion: _v3, ...v3 } = JSON.parse(v3FixtureText()) as Record<string, unknown>;
    const { schemaVersion: _v4, ...v4 } = JSON.parse(serializeCaseFile(parsed.record)) as Record<string, unknown>;
    expect(v4).toEqual(v3);
  });

  it('refuses version 4 fields in a version 3 file (they came with version 4)', () => {
    const v3 = JSON.parse(v3FixtureText()) as Record<string, unknown> & { complainant: object };
    expect(parseCaseFile(JSON.stringify({ ...v3, seller: { name: '速充小铺' } }))).toEqual({ ok: false, reason: expect.stringContaining('seller') });
    expect(parseCaseFile(JSON.stringify({ ...v3, complainant: { ...v3.complainant, ethnicity: '汉族' } }))).toEqual({ ok: false, reason: expect.stringContaining('ethnicity') });
  });

  it('writes the seller and the lawsuit answers, and losses among the claims, and reads them back', () => {
    const record = sampleRecord({
      seller: { name: '速充小铺', operator: '广州速充贸易商行' },
      litigation: { agreement: 'none', electronicService: true },
      claims: { fraud: false, losses: [{ text: '另行购买点券的差价', amountFen: 300_00 }] },
    });
    expect(parseCaseFile(serializeCaseFile(record))).toEqual({ ok: true, record, fromVersion: CASE_FILE_VERSION });
  });

  it('refuses claims in a version 2 file (they came with version 3)', () => {
    const v2 = JSON.parse(v2FixtureText()) as Record<string, unknown>;
    expect(parseCaseFile(JSON.stringify({ ...v2, claims: { fraud: true } }))).toEqual({ ok: false, reason: expect.stringContaining('claims') });
  });

  it('migrates the version 1 fixture through versions 2 and 3 to the current version', () => {
    const parsed = parseCaseFile(v1FixtureText());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fromVersion).toBe(1);
    expect(parsed.record).toMatchObject({
      schemaVersion: CASE_FILE_VERSION,
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
    expect(parsed.record).not.toHaveProperty('claims');
    expect(parseCaseFile(serializeCaseFile(parsed.record))).toEqual({ ...parsed, fromVersion: CASE_FILE_VERSION });
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
    const parsed = parseCaseFile(JSON.stringify({ ...sampleRecord(), schemaVersion: CASE_FILE_VERSION + 1 }));
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining(`格式版本为 ${CASE_FILE_VERSION + 1}`) });
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
