import { describe, expect, it } from 'vitest';
import type { CaseListing, TimelineView } from '../../../src/shared/api/contract';
import { useApiSession } from '../api/api-session';
import { sampleIntake } from '../sample-case';

let today = '2026-10-14';
const api = useApiSession({ today: () => today });
const { call } = api;

async function newCase(title: string) {
  return call<{ id: string; folder: string }>('cases:create', { intake: { ...sampleIntake(), title } });
}

const promise = (caseId: string, at: string, promisedWorkingDays: number) =>
  call<TimelineView>('timeline:add', {
    caseId,
    event: { at, channel: 'online-cs', direction: 'incoming', summary: `客服承诺 ${promisedWorkingDays} 个工作日内处理`, promisedWorkingDays },
  });

const listing = () => call<CaseListing>('cases:list', { view: 'active' });

describe('dashboard due dates and overdue days', () => {
  it('sorts by next due date, counts overdue working days for today across Golden Week, and lists overdue cases', async () => {
    const settled = await newCase('已解决的案件');
    const beforeHoliday = await newCase('节前到期');
    const later = await newCase('节后到期');
    await newCase('没有期限（较早）');
    const newest = await newCase('没有期限（较新）');
    await promise(settled.id, '2026-09-28 10:00', 1); // due 9-29
    await call('cases:set-status', { id: settled.id, status: 'resolved' });
    await promise(beforeHoliday.id, '2026-09-29 10:00', 1); // due 9-30, the last working day before 国庆
    await promise(later.id, '2026-10-12 09:00', 5); // 10-13 … 10-16, 10-19
    await call('cases:set-status', { id: newest.id, status: 'complained' }); // newer activity than the other case without a deadline

    const rows = (await listing()).cases;
    expect(rows.map((c) => c.title)).toEqual(['已解决的案件', '节前到期', '节后到期', '没有期限（较新）', '没有期限（较早）']);
    // After 9-30: 10-1…10-7 are days off, then 10-8, 10-9, 10-10 (调休), 10-12, 10-13, 10-14.
    expect(rows[1]).toMatchObject({ nextDueDate: '2026-09-30', dueApproximate: false, overdueWorkingDays: 6 });
    expect(rows[2]).toMatchObject({ nextDueDate: '2026-10-19', dueApproximate: false });
    expect(rows[2]).not.toHaveProperty('overdueWorkingDays');
    expect(rows[3]).not.toHaveProperty('nextDueDate');
    // The timeline tab counts the same.
    expect((await call<TimelineView>('timeline:get', { caseId: beforeHoliday.id })).nextDue).toMatchObject({ dueDate: '2026-09-30', overdueWorkingDays: 6 });

    expect(api.session.overdueCases()).toEqual([{ id: beforeHoliday.id, title: '节前到期', nextDueDate: '2026-09-30', overdueWorkingDays: 6 }]);

    // In the middle of the holiday the deadline has passed, yet no working day has.
    today = '2026-10-05';
    expect((await listing()).cases[1]).toMatchObject({ nextDueDate: '2026-09-30', overdueWorkingDays: 0 });
    today = '2026-10-08';
    expect(api.session.overdueCases()).toEqual([expect.objectContaining({ id: beforeHoliday.id, overdueWorkingDays: 1 })]);
    // On the due date itself the deadline is still open.
    today = '2026-09-30';
    expect((await listing()).cases[1]).not.toHaveProperty('overdueWorkingDays');
    expect(api.session.overdueCases()).toEqual([]);
    today = '2026-10-14';
  });

  it('moves the due date and last activity on timeline changes and case edits, as a rebuild would', async () => {
    const { id } = await newCase('星耀卡盟 点券卡密无效');
    const created = (await listing()).cases[0]!;
    expect(created).not.toHaveProperty('nextDueDate');

    // The demand (3 working days) runs from the first complaint sent to the platform: 10-13, 10-14, 10-15.
    await call('timeline:add', { caseId: id, event: { at: '2026-10-12 20:00', channel: 'email', direction: 'outgoing', summary: '发送投诉邮件' } });
    const afterComplaint = (await listing()).cases[0]!;
    expect(afterComplaint.nextDueDate).toBe('2026-10-15');
    expect(afterComplaint.lastActivityAt >= created.lastActivityAt).toBe(true);

    const intake = sampleIntake();
    await call('cases:update', { id, intake: { ...intake, demand: { ...intake.demand, deadlineDays: 5 } } });
    expect((await listing()).cases[0]?.nextDueDate).toBe('2026-10-19');

    const live = await listing();
    await call('index:rebuild', {});
    expect(await listing()).toEqual(live);
  });

  it('counts the regulator’s 7 working days at 12315 when nothing was promised there, until the regulator answers', async () => {
    const { id } = await newCase('向12315投诉的案件');
    // Sent on 9-29: 9-30, then 10-8, 10-9, 10-10 (调休), 10-12, 10-13, 10-14.
    await call('timeline:add', { caseId: id, event: { at: '2026-09-29 20:00', channel: '12315', direction: 'outgoing', summary: '向全国12315投诉' } });
    today = '2026-10-16';
    expect((await listing()).cases.find((c) => c.id === id)).toMatchObject({ nextDueDate: '2026-10-14', overdueWorkingDays: 2 });
    expect(api.session.overdueCases()).toContainEqual(expect.objectContaining({ id, overdueWorkingDays: 2 }));

    await call('timeline:add', { caseId: id, event: { at: '2026-10-16 10:00', channel: '12315', direction: 'incoming', summary: '已受理' } });
    expect((await listing()).cases.find((c) => c.id === id)).not.toHaveProperty('nextDueDate');
    today = '2026-10-14';
  });
});
