import { describe, expect, it } from 'vitest';
import type { TimelineView } from '../../../src/shared/api/contract';
import type { ApiResult } from '../../../src/shared/api/result';
import type { CaseSummary } from '../../../src/shared/domain/case';
import { raw } from '../support/raw-request';
import { useRealWebHost } from '../support/real-web-host';

/** The timeline channels through the web host's generic API route, on a real workspace. */
describe('web host timeline API', () => {
  const real = useRealWebHost('casebook-web-timeline-');

  const call = async <T>(channel: string, input: unknown): Promise<ApiResult<T>> => {
    const res = await raw(real.host.origin, `/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${real.host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    expect(res.status).toBe(200);
    return JSON.parse(res.body) as ApiResult<T>;
  };


  it('adds an entry with a promise, answers with the view and puts the due date on the dashboard', async () => {
    const event = { at: '2024-05-21 10:05', channel: 'online-cs', direction: 'outgoing', summary: '客服称三个工作日内处理', promisedWorkingDays: '3' };
    const added = await call<TimelineView>('timeline:add', { caseId: real.caseId, event });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.events).toHaveLength(1);
    expect(added.value.events[0]).toMatchObject({ at: '2024-05-21T10:05:00+08:00', promisedWorkingDays: 3, deadline: { dueDate: '2024-05-24' } });

    const read = await call<TimelineView>('timeline:get', { caseId: real.caseId });
    expect(read.ok && read.value.events.map((e) => e.id)).toEqual(added.value.events.map((e) => e.id));
    const listed = await call<{ cases: CaseSummary[] }>('cases:list', { view: 'active' });
    expect(listed.ok && listed.value.cases[0]?.nextDueDate).toBe('2024-05-24');
  });

  it('reports wrong fields by their CLI names, unprefixed', async () => {
    const refused = await call<TimelineView>('timeline:add', { caseId: real.caseId, event: { at: '2024-05-21 10:05', channel: 'wechat', direction: 'outgoing', summary: 'x' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.map((f) => f.field)).toEqual(['channel']);
  });
});
