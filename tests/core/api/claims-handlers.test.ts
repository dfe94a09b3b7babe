import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAudit, verifyAuditChain } from '../../../src/core/audit/audit-log';
import type { TimelineView } from '../../../src/shared/api/contract';
import type { CaseDetail } from '../../../src/shared/domain/case';
import { sampleIntake } from '../sample-case';
import { useApiSession } from './api-session';

const api = useApiSession();
const { call, callRaw } = api;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-10-14T10:00:00+08:00'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const caseJson = (folder: string) => readFileSync(join(api.workspace, 'cases', folder, 'case.json'), 'utf8');

describe('cases:set-claims through dispatch', () => {
  it('writes the claims into case.json (the current version) with an audit line naming the fields', async () => {
    const { id, folder } = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    const claims = { fraud: true, platformPromise: { text: '假一赔三', multiplier: 3 } };
    const detail = await call<CaseDetail>('cases:set-claims', { id, claims });
    expect(detail.record).toMatchObject({ schemaVersion: 4, claims });
    expect(JSON.parse(caseJson(folder))).toMatchObject({ schemaVersion: 4, claims });

    const cleared = await call<CaseDetail>('cases:set-claims', { id, claims: { fraud: false } });
    expect(cleared.record.claims).toEqual({ fraud: false });

    const audit = await readAudit(join(api.workspace, 'cases', folder));
    const updates = audit.map((line) => JSON.parse(line)).filter((entry) => entry.action === 'case.update');
    expect(updates.map((entry) => entry.detail.fields)).toEqual([
      ['claims.fraud', 'claims.platformPromise.multiplier', 'claims.platformPromise.text'],
      ['claims.fraud', 'claims.platformPromise.multiplier', 'claims.platformPromise.text'],
    ]);
    expect(verifyAuditChain(audit)).toBeUndefined();
  });

  it('names an invalid multiplier in Chinese and saves nothing', async () => {
    const { id, folder } = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    const before = caseJson(folder);
    const result = await callRaw('cases:set-claims', { id, claims: { fraud: false, platformPromise: { text: '假一赔三', multiplier: 0 } } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', fields: [{ field: expect.stringContaining('multiplier'), message: '倍数应大于 0' }] },
    });
    const missing = await callRaw('cases:set-claims', { id, claims: { fraud: false, platformPromise: { text: '假一赔三' } } });
    expect(missing).toMatchObject({ ok: false, error: { fields: [{ message: '请填写赔付倍数' }] } });
    expect(caseJson(folder)).toBe(before);
  });

  it('stores itemised losses in fen and names a bad loss amount', async () => {
    const { id } = await call<{ id: string }>('cases:create', { intake: sampleIntake() });
    const detail = await call<CaseDetail>('cases:set-claims', { id, claims: { fraud: false, losses: [{ text: '另行购买点券的差价', amount: '30.5' }] } });
    expect(detail.record.claims).toEqual({ fraud: false, losses: [{ text: '另行购买点券的差价', amountFen: 30_50 }] });
    const bad = await callRaw('cases:set-claims', { id, claims: { fraud: false, losses: [{ text: '差价', amount: '30.555' }] } });
    expect(bad).toMatchObject({ ok: false, error: { fields: [{ field: 'claims.losses.0.amount', message: '金额最多保留两位小数（精确到分）' }] } });
  });

  it('feeds the fraud claim to the advisor: a report to the regulator and a lawsuit are suggested', async () => {
    const { id } = await call<{ id: string }>('cases:create', { intake: sampleIntake() });
    const steps = async () => (await call<TimelineView>('timeline:get', { caseId: id })).advice.map((a) => a.ruleId);
    expect(await steps()).toEqual(['first-complaint']);
    await call('cases:set-claims', { id, claims: { fraud: true } });
    expect(await steps()).toEqual(['first-complaint', 'report-fraud', 'court-for-fraud']);
  });
});
