import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CalendarData } from './working-days';

/**
 * Where the arrangements come from: the maintained `chinese-days` data set (updated with the
 * package, no code change), and an optional override file in the same shape — `calendar.json` in the
 * user's settings folder — for a year the State Council has published but the package has not yet.
 * Override entries win; a year counts as known once either source lists a holiday in it.
 */
export interface CalendarSource {
  /** `YYYY-MM-DD` → the holiday's name. */
  holidays: Record<string, string>;
  /** `YYYY-MM-DD` → why a weekend day is worked (调休). */
  workdays: Record<string, string>;
}

/**
 * The package's data as it is: every command and every start reads it, so it is not validated here;
 * tests/core/calendar/calendar-source.test.ts checks its shape whenever the package is updated.
 */
export function bundledCalendarSource(): CalendarSource {
  const require = createRequire(import.meta.url);
  return require('chinese-days/dist/chinese-days.json') as CalendarSource;
}

/** Reads an override file; a missing file is no override, a malformed one is an error naming it. */
export async function readCalendarOverride(path: string): Promise<CalendarSource | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // The schema (zod) is loaded only when there is a file to check: most runs have none.
  const { calendarSourceSchema } = await import('./calendar-source-schema');
  const parsed = calendarSourceSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'invalid calendar data'}`);
  return parsed.data;
}

export function toCalendarData(...sources: (CalendarSource | undefined)[]): CalendarData {
  const holidays = new Set<string>();
  const makeUpWorkdays = new Set<string>();
  const knownYears = new Set<number>();
  for (const source of sources) {
    if (!source) continue;
    for (const date of Object.keys(source.holidays)) {
      holidays.add(date);
      makeUpWorkdays.delete(date);
      knownYears.add(Number(date.slice(0, 4)));
    }
    for (const date of Object.keys(source.workdays)) {
      makeUpWorkdays.add(date);
      holidays.delete(date);
    }
  }
  return { holidays, makeUpWorkdays, knownYears };
}
