import type { TimelineEvent } from '../../shared/domain/timeline';
import { PLATFORM_CHANNELS } from '../../shared/domain/timeline';
import { dateOfDay, dayNumber, type WorkingDayCalendar } from '../calendar/working-days';
import { chinaDate } from './deadlines';

const LIMITATION_YEARS = 3;

export interface LimitationPeriod {
  /** The day the period (re)started from: when the harm was known, or the latest demand. */
  from: string;
  /** Whether `from` is a dated demand to the platform (民法典 第195条) rather than the day it was known. */
  restartedByDemand: boolean;
  /** The last day to act (民法典 第188条, counted per 第201–203条). */
  lastDay: string;
  approximate: boolean;
}

/** `years` later on the corresponding day, or the month's last day when there is none (第202条). */
function sameDayYearsLater(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastOfMonth)).padStart(2, '0')}`;
}

/**
 * The three-year limitation period (民法典 第188条) from the day the person knew of the harm,
 * restarted by every dated demand to the platform in the timeline (第195条). The day it starts is
 * not counted (第201条); it ends on the corresponding day three years later (第202条), moved past a
 * rest day to the next working day (第203条).
 */
export function limitationPeriod(knownAt: string, events: readonly TimelineEvent[], calendar: WorkingDayCalendar): LimitationPeriod {
  const demands = events
    // A lawsuit restarts the period only when the proceedings end (第195条), which the timeline cannot tell.
    .filter((e) => !e.removedAt && e.direction === 'outgoing' && PLATFORM_CHANNELS.includes(e.channel))
    .map((e) => chinaDate(e.at));
  const known = chinaDate(knownAt);
  const from = [known, ...demands].sort().at(-1)!;
  let last = sameDayYearsLater(from, LIMITATION_YEARS);
  let approximate = !calendar.isKnownYear(Number(last.slice(0, 4)));
  while (!calendar.isWorkingDay(last).value) {
    last = dateOfDay(dayNumber(last) + 1);
    approximate ||= calendar.isWorkingDay(last).approximate;
  }
  return { from, restartedByDemand: from !== known, lastDay: last, approximate };
}
