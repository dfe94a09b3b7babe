import type { Deadline, TimelineEvent } from '../../shared/domain/timeline';
import { PLATFORM_CHANNELS } from '../../shared/domain/timeline';
import { toChinaIso } from '../../shared/validation/date-time';
import type { WorkingDayCalendar } from '../calendar/working-days';

/** The China calendar day of an ISO date-time. */
export const chinaDate = (iso: string): string => toChinaIso(new Date(iso)).slice(0, 10);

const active = (events: readonly TimelineEvent[]) =>
  events.filter((event) => !event.removedAt).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/**
 * The deadline a promise (or a demand) sets: `workingDays` working days after the day it was made.
 * It counts as answered by the first incoming entry after it; until then it runs to `today`.
 * Overdue working days are counted after the due date up to the answer (or today).
 */
export function deadlineFrom(
  madeAt: string,
  workingDays: number,
  later: readonly TimelineEvent[],
  calendar: WorkingDayCalendar,
  today: string,
): Deadline {
  return deadlineOn(madeAt, calendar.addWorkingDays(chinaDate(madeAt), workingDays), later, calendar, today);
}

/** A deadline on a known day (`due`), answered by the first incoming entry after `madeAt`. */
function deadlineOn(madeAt: string, due: { value: string; approximate: boolean }, later: readonly TimelineEvent[], calendar: WorkingDayCalendar, today: string): Deadline {
  const answer = later.find((event) => event.direction === 'incoming' && Date.parse(event.at) > Date.parse(madeAt));
  const end = answer ? chinaDate(answer.at) : today;
  const overdue = end > due.value ? calendar.workingDaysBetween(due.value, end) : { value: 0, approximate: false };
  return {
    dueDate: due.value,
    overdueWorkingDays: Math.max(0, overdue.value),
    approximate: due.approximate || overdue.approximate,
    ...(answer ? { answeredAt: answer.at } : {}),
  };
}

/**
 * Each entry with a promise of the other side, or with the reply date the person's own demand set
 * (a letter marked sent), gets its deadline; the others are returned as they are.
 */
export function withDeadlines(events: readonly TimelineEvent[], calendar: WorkingDayCalendar, today: string) {
  const ordered = active(events);
  return events.map((event) => {
    if (event.removedAt) return event;
    if (event.promisedWorkingDays !== undefined) return { ...event, deadline: deadlineFrom(event.at, event.promisedWorkingDays, ordered, calendar, today) };
    if (event.replyBy) return { ...event, deadline: deadlineOn(event.at, { value: event.replyBy, approximate: !calendar.isKnownYear(Number(event.replyBy.slice(0, 4))) }, ordered, calendar, today) };
    return event;
  });
}

/**
 * The deadline the demand letter set: its working days counted from the first complaint sent to the
 * platform itself; undefined until such a complaint is recorded.
 */
export function demandDeadline(
  events: readonly TimelineEvent[],
  deadlineDays: number | undefined,
  calendar: WorkingDayCalendar,
  today: string,
): (Deadline & { sentAt: string }) | undefined {
  if (deadlineDays === undefined) return undefined;
  const ordered = active(events);
  const sent = ordered.find((event) => event.direction === 'outgoing' && PLATFORM_CHANNELS.includes(event.channel));
  return sent && { ...deadlineFrom(sent.at, deadlineDays, ordered, calendar, today), sentAt: sent.at };
}
