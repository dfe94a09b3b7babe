import { Argument, Command, InvalidArgumentError } from 'commander';
import { dayNumber } from '../../core/calendar/working-days';
import { cliMessages } from '../../shared/messages';

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

/** `casebook workdays add|between`: the working-day arithmetic behind every deadline, on its own. */
export function workdaysCommand(): Command {
  const command = new Command('workdays').description(cliMessages.workdays);

  command
    .command('add')
    .description(cliMessages.workdaysAdd)
    .addArgument(new Argument('<date>', cliMessages.workdaysDate).argParser(parseDate))
    .addArgument(new Argument('<n>', cliMessages.workdaysCount).argParser(parseCount))
    .option('--json', cliMessages.jsonOption)
    .action(async (date: string, n: number, options: { json?: boolean }) => (await import('../actions/workdays')).addWorkdays(date, n, options));

  command
    .command('between')
    .description(cliMessages.workdaysBetween)
    .addArgument(new Argument('<from>', cliMessages.workdaysDate).argParser(parseDate))
    .addArgument(new Argument('<to>', cliMessages.workdaysDate).argParser(parseDate))
    .option('--json', cliMessages.jsonOption)
    .action(async (from: string, to: string, options: { json?: boolean }) => (await import('../actions/workdays')).workdaysBetween(from, to, options));

  return command;
}
