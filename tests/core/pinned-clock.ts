import { bundledCalendarSource, toCalendarData } from '../../src/core/calendar/calendar-source';
import { WorkingDayCalendar } from '../../src/core/calendar/working-days';
import type { DueClock } from '../../src/core/timeline/due-clock';

/** The bundled working-day calendar, without any user override. */
export const bundledCalendar = new WorkingDayCalendar(toCalendarData(bundledCalendarSource()));

/** A clock stopped on `today` (YYYY-MM-DD, China time), counting with the bundled calendar. */
export const pinnedClock = (today: string): DueClock => ({ calendar: bundledCalendar, today: () => today });
