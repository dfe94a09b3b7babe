import type { CaseListing } from '../../shared/api/contract';
import type { CaseSummary } from '../../shared/domain/case';
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { CaseIndex, CaseListQuery } from '../index/case-index';
import type { DueClock } from './due-clock';

/** An active case whose next deadline has passed, for a desktop notice. */
export interface OverdueCase {
  id: string;
  title: string;
  nextDueDate: string;
  /** Working days after the due date up to today; 0 when only days off have passed since. */
  overdueWorkingDays: number;
}

/**
 * A dashboard row with its overdue working days counted for `today`: only rows whose due date is
 * before today get the count (a deadline is still open on its due date); a count that reaches into a
 * year without a published calendar makes the due date approximate.
 */
export function withOverdue(summary: CaseSummary, calendar: WorkingDayCalendar, today: string): CaseSummary {
  if (summary.nextDueDate === undefined || summary.nextDueDate >= today) return summary;
  const overdue = calendar.workingDaysBetween(summary.nextDueDate, today);
  return { ...summary, overdueWorkingDays: overdue.value, dueApproximate: summary.dueApproximate === true || overdue.approximate };
}

/** The dashboard rows from the index, earliest due date first, each overdue one with its working days counted for today. */
export function listCases(index: CaseIndex, clock: DueClock, query: CaseListQuery): CaseListing {
  const listing = index.list(query);
  const today = clock.today();
  return { ...listing, cases: listing.cases.map((summary) => withOverdue(summary, clock.calendar, today)) };
}

/**
 * The active cases (not resolved or closed) whose next due date is before `today`, earliest first:
 * what the desktop app polls to notify when a deadline passes. Served from the index, no file read.
 *
 * @example overdueCases(index, session.calendar, chinaToday()) // [{ id, title, nextDueDate: '2026-10-10', overdueWorkingDays: 3 }]
 */
export function overdueCases(index: CaseIndex, calendar: WorkingDayCalendar, today: string): OverdueCase[] {
  return index
    .dueBefore(today)
    .map((due) => ({ ...due, overdueWorkingDays: calendar.workingDaysBetween(due.nextDueDate, today).value }));
}
