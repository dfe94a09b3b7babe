import { describe, expect, it } from 'vitest';
import { bundledCalendarSource, toCalendarData } from '../../../src/core/calendar/calendar-source';
import { WorkingDayCalendar } from '../../../src/core/calendar/working-days';
import { deadlineFrom, demandDeadline, withDeadlines } from '../../../src/core/timeline/deadlines';
import { limitationPeriod } from '../../../src/core/timeline/limitation-period';
import { timelineEvent as event } from './timeline-event';

const calendar = new WorkingDayCalendar(toCalendarData(bundledCalendarSource()));

describe('deadlines', () => {
  it('a promise of 3 working days made before National Day falls due after the holiday, and runs overdue', () => {
    const promise = event('2026-09-30T16:20:00+08:00', { direction: 'incoming', promisedWorkingDays: 3, promiseSource: '客服承诺' });
    expect(deadlineFrom(promise.at, 3, [promise], calendar, '2026-10-10')).toEqual({ dueDate: '2026-10-10', overdueWorkingDays: 0, approximate: false });
    // 10-12 Mon, 10-13 Tue, 10-14 Wed → 3 working days overdue.
    expect(deadlineFrom(promise.at, 3, [promise], calendar, '2026-10-14')).toEqual({ dueDate: '2026-10-10', overdueWorkingDays: 3, approximate: false });
  });

  it('stops counting at the reply', () => {
    const promise = event('2026-02-12T10:00:00+08:00', { direction: 'incoming', promisedWorkingDays: 3 });
    const reply = event('2026-02-27T09:00:00+08:00', { direction: 'incoming', summary: '客服回复：已补发' });
    // Due: 2-13, 2-14 (调休), 2-24 → 2-24; reply on 2-27 → 2-25, 2-26, 2-27 = 3 working days late.
    const [withDeadline] = withDeadlines([promise, reply], calendar, '2026-11-26');
    expect(withDeadline).toMatchObject({ deadline: { dueDate: '2026-02-24', overdueWorkingDays: 3, answeredAt: reply.at } });
  });

  it('the demand letter’s deadline runs from the first complaint to the platform', () => {
    const note = event('2026-05-06T09:00:00+08:00', { direction: 'note' });
    const blackcat = event('2026-05-06T10:00:00+08:00', { channel: 'blackcat' });
    const email = event('2026-05-07T09:30:00+08:00', { channel: 'email' });
    // 5-8 Fri, 5-9 Sat (调休), 5-11 Mon → due 5-11.
    expect(demandDeadline([note, blackcat, email], 3, calendar, '2026-05-12')).toEqual({
      dueDate: '2026-05-11',
      overdueWorkingDays: 1,
      approximate: false,
      sentAt: email.at,
    });
    expect(demandDeadline([note], 3, calendar, '2026-05-12')).toBeUndefined();
    expect(demandDeadline([email], undefined, calendar, '2026-05-12')).toBeUndefined();
  });

  it('ignores removed entries and flags unpublished years', () => {
    const promise = event('2026-12-29T10:00:00+08:00', { direction: 'incoming', promisedWorkingDays: 5 });
    const removedReply = event('2026-12-30T10:00:00+08:00', { direction: 'incoming', removedAt: '2026-12-30T11:00:00+08:00' });
    const [result] = withDeadlines([promise, removedReply], calendar, '2026-12-31');
    expect(result).toMatchObject({ deadline: { dueDate: '2027-01-05', overdueWorkingDays: 0, approximate: true } });
    expect(result && 'deadline' in result && result.deadline?.answeredAt).toBeFalsy();
  });
});

describe('limitation period', () => {
  it('runs three years from when the harm was known, to the corresponding day', () => {
    expect(limitationPeriod('2024-05-20T14:32:08+08:00', [], calendar)).toEqual({
      from: '2024-05-20',
      restartedByDemand: false,
      lastDay: '2027-05-20',
      approximate: true,
    });
  });

  it('restarts with each dated demand to the platform, not with notes or 黑猫', () => {
    const events = [
      event('2023-05-22T10:00:00+08:00', { channel: 'email' }),
      event('2023-06-01T10:00:00+08:00', { channel: 'blackcat' }),
      event('2023-06-02T10:00:00+08:00', { direction: 'note' }),
    ];
    // 2026-05-22 is a Friday: a working day.
    expect(limitationPeriod('2023-05-20T10:00:00+08:00', events, calendar)).toEqual({
      from: '2023-05-22',
      restartedByDemand: true,
      lastDay: '2026-05-22',
      approximate: false,
    });
  });

  it('moves a last day that falls on a holiday or weekend to the next working day', () => {
    // 2026-10-01 is in the National Day holiday (10-1…10-7): next working day 10-8.
    expect(limitationPeriod('2023-10-01T09:00:00+08:00', [], calendar).lastDay).toBe('2026-10-08');
    // 2024-02-29 has no corresponding day in 2027: the month's last day, 2-28 (a Sunday in 2027 → approximate year).
    expect(limitationPeriod('2024-02-29T09:00:00+08:00', [], calendar)).toMatchObject({ lastDay: '2027-03-01', approximate: true });
  });
});
