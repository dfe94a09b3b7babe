import { join } from 'node:path';
import { CALENDAR_OVERRIDE_FILE, loadCalendar } from '../../core/calendar/load-calendar';
import type { CalendarResult, WorkingDayCalendar } from '../../core/calendar/working-days';
import { userConfigDir } from '../../core/workspace/user-config-dir';
import { cliMessages } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { printError, printJson, printText } from '../print';

/**
 * The calendar the app uses, from the process environment (no workspace is opened), so the
 * `calendar.json` override in the user's settings folder counts here too.
 */
async function calendar(): Promise<WorkingDayCalendar> {
  try {
    return await loadCalendar({ env: process.env });
  } catch (error) {
    const file = join(userConfigDir({ env: process.env }), CALENDAR_OVERRIDE_FILE);
    throw new CliError(cliMessages.calendarOverrideInvalid(file, (error as Error).message), ExitCode.badInput);
  }
}

/** Prints the value (or `{ value, approximate }`), warning on stderr for each year counted Monday to Friday. */
function report<T>(result: CalendarResult<T>, dates: readonly string[], calendar: WorkingDayCalendar, json: boolean | undefined): void {
  if (result.approximate) {
    const years = dates.map((date) => Number(date.slice(0, 4)));
    for (let year = Math.min(...years); year <= Math.max(...years); year++) {
      if (!calendar.isKnownYear(year)) printError(cliMessages.unpublishedYear(year));
    }
  }
  if (json) printJson(result);
  else printText(String(result.value));
}

export async function addWorkdays(date: string, n: number, options: { json?: boolean }): Promise<void> {
  const cal = await calendar();
  const result = cal.addWorkingDays(date, n);
  report(result, [date, result.value], cal, options.json);
}

export async function workdaysBetween(from: string, to: string, options: { json?: boolean }): Promise<void> {
  const cal = await calendar();
  report(cal.workingDaysBetween(from, to), [from, to], cal, options.json);
}
