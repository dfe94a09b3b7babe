import { describe, expect, it } from 'vitest';
import { bundledCalendarSource, toCalendarData } from '../../../src/core/calendar/calendar-source';
import { WorkingDayCalendar } from '../../../src/core/calendar/working-days';
import { complaintPath, pathStage } from '../../../src/core/timeline/complaint-path';
import { demandDeadline, withDeadlines } from '../../../src/core/timeline/deadlines';
import type { TimelineEvent, TimelineEventView } from '../../../src/shared/domain/timeline';
import { timelineEvent as event } from './timeline-event';

const calendar = new WorkingDayCalendar(toCalendarData(bundledCalendarSource()));

/** The path as the timeline view computes it: deadlines first, then the path. */
const pathOf = (events: TimelineEvent[], today: string, { deadlineDays, status = 'complained' as const }: { deadlineDays?: number; status?: 'complained' | 'resolved' } = {}) =>
  complaintPath(status, withDeadlines(events, calendar, today) as TimelineEventView[], demandDeadline(events, deadlineDays, calendar, today), calendar, today);

describe('complaint path', () => {
  it('starts at 准备材料 with nothing sent', () => {
    const path = pathOf([event('2026-05-06T09:00:00+08:00', { direction: 'note' })], '2026-05-07');
    expect(path.current).toBe('prepare');
    expect(path.steps.map((step) => step.state)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(path.deadline).toBeUndefined();
  });

  it('a case with a 黑猫 complaint shows that step done with its number, and the next one current', () => {
    const events = [
      event('2024-05-20T18:10:00+08:00', { channel: 'email', summary: '发送投诉邮件' }),
      event('2024-05-21T10:05:00+08:00', { direction: 'incoming', ticketNumber: 'GD20240521007', promisedWorkingDays: 3 }),
      event('2024-05-30T20:00:00+08:00', { channel: 'management' }),
      event('2024-06-06T21:15:00+08:00', { channel: 'blackcat', ticketNumber: '17350012345' }),
      event('2024-06-20T09:00:00+08:00', { channel: '12315', ticketNumber: '1234567890' }),
    ];
    const path = pathOf(events, '2024-06-21');
    expect(path.current).toBe('12315');
    expect(path.steps.find((step) => step.stage === 'blackcat')).toEqual({
      stage: 'blackcat',
      state: 'done',
      takenAt: '2024-06-06T21:15:00+08:00',
      ticketNumber: '17350012345',
    });
    // The customer-service number came with the platform's reply, not with the complaint.
    expect(path.steps[1]).toEqual({ stage: 'customer-service', state: 'done', takenAt: '2024-05-20T18:10:00+08:00', ticketNumber: 'GD20240521007' });
    expect(path.steps.map((step) => step.state)).toEqual(['done', 'done', 'done', 'done', 'current', 'upcoming']);
  });

  it('a step passed over is marked skipped, and replies alone do not move the case along', () => {
    const events = [
      event('2026-05-06T09:00:00+08:00', { channel: 'online-cs' }),
      event('2026-05-08T09:00:00+08:00', { channel: 'blackcat' }),
      event('2026-05-09T09:00:00+08:00', { channel: 'court', direction: 'incoming', summary: '法院短信' }),
    ];
    expect(pathStage(events)).toBe('blackcat');
    expect(pathOf(events, '2026-05-11').steps.map((step) => step.state)).toEqual(['done', 'done', 'skipped', 'current', 'upcoming', 'upcoming']);
  });

  it('counts the current step’s deadline in working days: left before it, overdue after it', () => {
    // A promise on 2026-09-30 of 3 working days falls due on 10-10 (a make-up Saturday after National Day).
    const promise = [event('2026-09-29T10:00:00+08:00'), event('2026-09-30T16:20:00+08:00', { direction: 'incoming', promisedWorkingDays: 3 })];
    expect(pathOf(promise, '2026-10-08').deadline).toEqual({ dueDate: '2026-10-10', approximate: false, workingDaysLeft: 2, overdueWorkingDays: 0 });
    expect(pathOf(promise, '2026-10-10').deadline).toMatchObject({ workingDaysLeft: 0, overdueWorkingDays: 0 });
    const late = pathOf(promise, '2026-10-14').deadline;
    expect(late).toEqual({ dueDate: '2026-10-10', approximate: false, overdueWorkingDays: 3 });
  });

  it('takes the demand’s deadline on the customer-service step, and none of an earlier step on a later one', () => {
    const email = event('2026-05-07T09:30:00+08:00', { channel: 'email' });
    expect(pathOf([email], '2026-05-08', { deadlineDays: 3 }).deadline).toMatchObject({ dueDate: '2026-05-11', workingDaysLeft: 2 });
    const management = event('2026-05-12T09:30:00+08:00', { channel: 'management' });
    expect(pathOf([email, management], '2026-05-13', { deadlineDays: 3 }).deadline).toBeUndefined();
  });

  it('at 12315 without a promise, counts the regulator’s 7 working days to accept or refuse (暂行办法第十四条)', () => {
    // Sent on Tuesday 2026-09-29: 9-30, then after National Day 10-8, 10-9, 10-10 (make-up Saturday), 10-12, 10-13, 10-14.
    const complaint = event('2026-09-29T20:00:00+08:00', { channel: '12315', summary: '向全国12315投诉' });
    expect(pathOf([complaint], '2026-10-09').deadline).toEqual({
      dueDate: '2026-10-14',
      approximate: false,
      workingDaysLeft: 4,
      overdueWorkingDays: 0,
      basis: 'regulator-acceptance',
    });
    expect(pathOf([complaint], '2026-10-16').deadline).toMatchObject({ overdueWorkingDays: 2, basis: 'regulator-acceptance' });
    // The regulator's first answer stops the count; a reply from the platform does not.
    const platformReply = event('2026-10-15T10:00:00+08:00', { channel: 'online-cs', direction: 'incoming' });
    expect(pathOf([complaint, platformReply], '2026-10-16').deadline).not.toHaveProperty('answeredAt');
    const accepted = event('2026-10-12T10:00:00+08:00', { channel: '12315', direction: 'incoming', summary: '已受理' });
    expect(pathOf([complaint, accepted], '2026-10-16').deadline).toMatchObject({ answeredAt: accepted.at, overdueWorkingDays: 0 });
    // A time limit the regulator gave itself replaces the statutory one.
    const promised = event('2026-10-12T10:00:00+08:00', { channel: '12315', direction: 'incoming', promisedWorkingDays: 10 });
    expect(pathOf([complaint, promised], '2026-10-16').deadline).not.toHaveProperty('basis');
  });

  it('ignores removed entries and ends the path when the case is resolved', () => {
    const removed = event('2026-05-08T09:00:00+08:00', { channel: 'court', removedAt: '2026-05-08T10:00:00+08:00' });
    const path = pathOf([event('2026-05-06T09:00:00+08:00'), removed], '2026-05-11', { status: 'resolved' });
    expect(path.current).toBe('customer-service');
    expect(path.finished).toBe(true);
  });
});
