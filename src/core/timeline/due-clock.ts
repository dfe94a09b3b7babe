import { nowChinaIso } from '../../shared/validation/date-time';
import type { WorkingDayCalendar } from '../calendar/working-days';

/** Today in China time, as a calendar day (YYYY-MM-DD). */
export const chinaToday = (): string => nowChinaIso().slice(0, 10);

/**
 * What deadlines are counted with: the working-day calendar and today. One per workspace session,
 * so the timeline tab, the dashboard and the overdue notices agree; tests pin `today`.
 */
export interface DueClock {
  calendar: WorkingDayCalendar;
  today: () => string;
}
