import { join } from 'node:path';
import { Argument, Command, InvalidArgumentError } from 'commander';
import { CALENDAR_OVERRIDE_FILE, loadCalendar } from '../../core/calendar/load-calendar';
import { dayNumber, type CalendarResult, type WorkingDayCalendar } from '../../core/calendar/working-days';
import { userConfigDir } from '../../core/workspace/user-settings';
import { cliMessages } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { printError, printJson, printText } from '../output';

const MAX_WORKING_DAYS = 10_000;

const parseDate = (value: string): string => {
  try {
    dayNumber(value);
    return value;
  } catch {
    throw new InvalidArgumentError(cliMessages.badDate(value));
  }
};

const parseCount = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > MAX_WORKING_DAYS) throw new InvalidArgumentError(cliMessages.badWorkingDays(value));
  return n;
};

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

/** `casebook workdays add|between`: the working-day arithmetic behind every deadline, on its own. */
export function workdaysCommand(): Command {
  const command = new Command('workdays').description(cliMessages.workdays);

  command
    .command('add')
    .description(cliMessages.workdaysAdd)
    .addArgument(new Argument('<date>', cliMessages.workdaysDate).argParser(parseDate))
    .addArgument(new Argument('<n>', cliMessages.workdaysCount).argParser(parseCount))
    .option('--json', cliMessages.jsonOption)
    .action(async (date: string, n: number, options: { json?: boolean }) => {
      const cal = await calendar();
      const result = cal.addWorkingDays(date, n);
      report(result, [date, result.value], cal, options.json);
    });

  command
    .command('between')
    .description(cliMessages.workdaysBetween)
    .addArgument(new Argument('<from>', cliMessages.workdaysDate).argParser(parseDate))
    .addArgument(new Argument('<to>', cliMessages.workdaysDate).argParser(parseDate))
    .option('--json', cliMessages.jsonOption)
    .action(async (from: string, to: string, options: { json?: boolean }) => {
      const cal = await calendar();
      report(cal.workingDaysBetween(from, to), [from, to], cal, options.json);
    });

  return command;
}
