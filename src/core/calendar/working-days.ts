/**
 * The Chinese working-day calendar: Monday to Friday, minus the statutory holidays, plus the
 * weekend make-up working days (调休) of each year's State Council arrangement.
 *
 * Dates are calendar days in China time, written `YYYY-MM-DD`. A result that depends on a year
 * without published data is marked `approximate`: for such a year only weekends are known.
 */
export interface CalendarData {
  /** Days off that would otherwise be working days (and holidays that fall on a weekend). */
  holidays: ReadonlySet<string>;
  /** Saturdays and Sundays that are working days. */
  makeUpWorkdays: ReadonlySet<string>;
  /** Years whose arrangement is known. */
  knownYears: ReadonlySet<number>;
}

export interface CalendarResult<T> {
  value: T;
  /** True when a year without published data was involved. */
  approximate: boolean;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` as a day number (days since 1970-01-01), refusing impossible dates. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  const check = new Date(time);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) throw new RangeError(`not a date: ${date}`);
  return time / DAY_MS;
}

export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const yearOf = (date: string) => Number(date.slice(0, 4));

export class WorkingDayCalendar {
  constructor(private readonly data: CalendarData) {}

  isKnownYear(year: number): boolean {
    return this.data.knownYears.has(year);
  }

  isWorkingDay(date: string): CalendarResult<boolean> {
    const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const value = weekend ? this.data.makeUpWorkdays.has(date) : !this.data.holidays.has(date);
    return { value, approximate: !this.isKnownYear(yearOf(date)) };
  }

  /**
   * The date `n` working days after `start` (start itself not counted; n ≥ 0).
   * @example addWorkingDays('2026-09-30', 1) // { value: '2026-10-08', approximate: false }
   */
  addWorkingDays(start: string, n: number): CalendarResult<string> {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
    let day = dayNumber(start);
    let approximate = !this.isKnownYear(yearOf(start));
    for (let counted = 0; counted < n; ) {
      day += 1;
      const result = this.isWorkingDay(dateOfDay(day));
      approximate ||= result.approximate;
      if (result.value) counted += 1;
    }
    return { value: dateOfDay(day), approximate };
  }

  /**
   * Working days after `from` up to and including `to`; negative when `to` is before `from`.
   * @example workingDaysBetween('2026-02-13', '2026-02-24') // { value: 2, approximate: false } (14th is 调休, then the 24th)
   */
  workingDaysBetween(from: string, to: string): CalendarResult<number> {
    const [a, b] = [dayNumber(from), dayNumber(to)];
    const [low, high, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    let approximate = false;
    for (let day = low + 1; day <= high; day++) {
      const result = this.isWorkingDay(dateOfDay(day));
      approximate ||= result.approximate;
      if (result.value) count += 1;
    }
    return { value: sign * count, approximate };
  }
}
