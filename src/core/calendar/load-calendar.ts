import { join } from 'node:path';
import { userConfigDir, type Environment } from '../workspace/user-config-dir';
import { bundledCalendarSource, readCalendarOverride, toCalendarData } from './calendar-source';
import { WorkingDayCalendar } from './working-days';

/** The name of the optional override file in the user's settings folder (see calendar-source.ts). */
export const CALENDAR_OVERRIDE_FILE = 'calendar.json';

/** The working-day calendar: the bundled data plus the user's override file, when there is one. */
export async function loadCalendar(environment?: Environment): Promise<WorkingDayCalendar> {
  const override = await readCalendarOverride(join(userConfigDir(environment), CALENDAR_OVERRIDE_FILE));
  return new WorkingDayCalendar(toCalendarData(bundledCalendarSource(), override));
}
