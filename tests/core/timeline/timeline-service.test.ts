import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAudit, verifyAuditChain } from '../../../src/core/audit/audit-log';
import type { TimelineView } from '../../../src/shared/api/contract';
import type { CaseDetail } from '../../../src/shared/domain/case';
import { useApiSession } from '../api/api-session';
import { sampleIntake } from '../sample-case';

const api = useApiSession();
const { call, callRaw } = api;

// Deadlines depend on today: pin the clock to a Wednesday after Golden Week 2026.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-10-14T10:00:00+08:00'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function newCase() {
  return call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
}

describe('timeline through dispatch', () => {
  it('records contacts, computes the promise’s deadline across the holiday, and moves the status', async () => {
    const { id, folder } = await newCase();
    await call('timeline:add', {
      caseId: id,
      event: { at: '2026-09-29 20:10', channel: 'email', direction: 'outgoing', summary: '发送投诉邮件，要求 3 个工作日内退款' },
    });
    const view = await call<TimelineView>('timeline:add', {
      caseId: id,
      event: {
        at: '2026-09-30 16:20:00',
        channel: 'online-cs',
        direction: 'incoming',
        agentId: 'KF8848',
        ticketNumber: 'GD20260930001',
        summary: '客服受理投诉',
        quote: '我们会在3个工作日内给您答复',
        promisedWorkingDays: 3,
        promiseSource: '客服承诺',
        offerAmount: '49.00',
        status: 'negotiating',
      },
    });

    expect(view.today).toBe('2026-10-14');
    expect(view.events.map((e) => e.summary)).toEqual(['发送投诉邮件，要求 3 个工作日内退款', '客服受理投诉']);
    // 10-8, 10-9, 10-10 (调休) → due 10-10; today 10-14: 10-12, 10-13, 10-14 → 3 working days late.
    expect(view.events[1]).toMatchObject({ offerAmountFen: 4900, deadline: { dueDate: '2026-10-10', overdueWorkingDays: 3, approximate: false } });
    expect(view.nextDue).toEqual({ dueDate: '2026-10-10', overdueWorkingDays: 3, approximate: false });
    // The demand's 3 working days run from the email: 9-30, 10-8, 10-9 → answered by the reply on 9-30.
    expect(view.demandDeadline).toMatchObject({ dueDate: '2026-10-09', answeredAt: '2026-09-30T16:20:00+08:00' });
    // 2029-09-29 is a Saturday: the period ends on the next working day (2029 has no published arrangement yet).
    expect(view.limitation).toEqual({ from: '2026-09-29', restartedByDemand: true, lastDay: '2029-10-01', approximate: true });
    expect(view.advice.map((a) => [a.step, a.letter])).toEqual([['management', 'management-escalation']]);
    // 广东省 has no wage figure on file: the latest national one before 2026 stands in.
    expect(view.smallClaims).toMatchObject({ likely: true, claimFen: 9800, basis: { region: '全国', year: 2023 }, fromNationalFigure: true });

    const detail = await call<CaseDetail>('cases:get', { ref: id });
    expect(detail.record.status).toBe('negotiating');
    const audit = await readAudit(join(api.workspace, 'cases', folder));
    expect(audit.map((line) => JSON.parse(line).action)).toEqual(['case.create', 'timeline.add', 'case.update', 'timeline.add']);
    expect(verifyAuditChain(audit)).toBeUndefined();
  });

  it('keeps pointing onwards when a reply settles nothing: the promise still counts against today', async () => {
    const { id } = await newCase();
    await call('timeline:add', { caseId: id, event: { at: '2026-09-29 20:10', channel: 'email', direction: 'outgoing', summary: '发送投诉邮件' } });
    await call('timeline:add', {
      caseId: id,
      event: { at: '2026-09-30 09:00', channel: 'online-cs', direction: 'incoming', summary: '客服受理', promisedWorkingDays: 3 },
    });
    const view = await call<TimelineView>('timeline:add', {
      caseId: id,
      event: { at: '2026-10-12 11:00', channel: 'online-cs', direction: 'incoming', summary: '客服提出 10 元代金券', offerAmount: '10' },
    });
    // The promise was answered (late), so nothing is due on the dashboard …
    expect(view.events[1]?.deadline).toMatchObject({ dueDate: '2026-10-10', answeredAt: '2026-10-12T11:00:00+08:00' });
    expect(view.nextDue).toBeUndefined();
    // … but the case is not resolved: 10-12, 10-13, 10-14 past the promise, so management is next.
    expect(view.advice[0]).toMatchObject({ step: 'management', reason: { kind: 'overdue', overdueWorkingDays: 3 } });
  });

  it('records what an offer is (a coupon is not money) and the reply date a demand set, and tracks that date as a deadline', async () => {
    const { id } = await call<{ id: string }>('cases:create', { intake: sampleIntake() });
    const coupon = { at: '2024-05-29 09:30', channel: 'online-cs', direction: 'incoming', summary: '客服提出补偿 10 元代金券', offerAmount: '10', offerKind: 'coupon' };
    const sent = { at: '2024-06-12 09:00', channel: 'email', direction: 'outgoing', summary: '发送催告邮件', replyBy: '2024-06-17' };
    await call('timeline:add', { caseId: id, event: coupon });
    const view = await call<TimelineView>('timeline:add', { caseId: id, event: sent });
    expect(view.events.find((e) => e.offerKind)).toMatchObject({ offerKind: 'coupon', offerAmountFen: 10_00 });
    expect(view.events.find((e) => e.replyBy)).toMatchObject({ replyBy: '2024-06-17', deadline: { dueDate: '2024-06-17' } });
    expect(view.nextDue?.dueDate).toBe('2024-06-17');
    const noAmount = await callRaw('timeline:add', { caseId: id, event: { ...coupon, offerAmount: '' } });
    expect(noAmount).toMatchObject({ ok: false, error: { fields: [{ field: 'offerAmount', message: '部分退款和优惠券需要填写金额' }] } });
    const badDay = await callRaw('timeline:add', { caseId: id, event: { ...sent, replyBy: '2024-02-30' } });
    expect(badDay).toMatchObject({ ok: false, error: { fields: [{ field: 'replyBy', message: '请写成日期，例如 2024-06-17' }] } });
  });

  it('names the bad field and writes nothing', async () => {
    const { id, folder } = await newCase();
    const result = await callRaw('timeline:add', {
      caseId: id,
      event: { at: '2026-13-01 10:00', channel: 'wechat', direction: 'outgoing', summary: '', promiseSource: '客服承诺' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const fields = !result.ok ? Object.fromEntries((result.error.fields ?? []).map((f) => [f.field, f.message])) : {};
    expect(Object.keys(fields).sort()).toEqual(['at', 'channel', 'summary']);
    const unknownEvidence = await callRaw('timeline:add', {
      caseId: id,
      event: { at: '2026-10-01 10:00', channel: 'phone', direction: 'outgoing', summary: '致电客服', evidence: ['01J0ABCDEFGHJKMNPQRSTVWXYZ'] },
    });
    expect(unknownEvidence).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('不在本案的证据库中') } });
    expect(() => readFileSync(join(api.workspace, 'cases', folder, 'timeline.json'))).toThrow();
  });

  it('removes to the trash and restores, and remembers dismissed advice and a chosen step', async () => {
    const { id } = await newCase();
    const added = await call<TimelineView>('timeline:add', {
      caseId: id,
      event: { at: '2026-10-08 09:00', channel: 'online-cs', direction: 'incoming', summary: '客服承诺 5 个工作日内处理', promisedWorkingDays: 5 },
    });
    const eventId = added.events[0]!.id;
    const removed = await call<TimelineView>('timeline:remove', { caseId: id, eventId });
    expect(removed.events[0]?.removedAt).toBeDefined();
    expect(removed.nextDue).toBeUndefined();
    const restored = await call<TimelineView>('timeline:restore', { caseId: id, eventId });
    // 10-9, 10-10 (调休), 10-12, 10-13, 10-14.
    expect(restored.nextDue).toEqual({ dueDate: '2026-10-14', overdueWorkingDays: 0, approximate: false });

    expect(restored.advice.map((a) => a.ruleId)).toEqual(['first-complaint']);
    const dismissed = await call<TimelineView>('advice:dismiss', { caseId: id, ruleId: 'first-complaint' });
    expect(dismissed.advice).toEqual([]);
    const chosen = await call<TimelineView>('advice:choose', { caseId: id, step: 'blackcat' });
    expect(chosen.chosenStep).toBe('blackcat');
    const undone = await call<TimelineView>('advice:dismiss', { caseId: id, ruleId: 'first-complaint', undo: true });
    expect(undone.advice.map((a) => a.ruleId)).toEqual(['first-complaint']);
    expect(undone.chosenStep).toBe('blackcat');
  });
});
