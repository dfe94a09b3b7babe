import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCalendarSource, readCalendarOverride, toCalendarData } from '../../../src/core/calendar/calendar-source';
import { dateOfDay, dayNumber, WorkingDayCalendar } from '../../../src/core/calendar/working-days';
import { tempDir } from '../temp-dir';

const calendar = new WorkingDayCalendar(toCalendarData(bundledCalendarSource()));

/** Expands `'01-28…02-04'` style ranges of one year into dates. */
function days(year: number, ...ranges: string[]): string[] {
  return ranges.flatMap((range) => {
    const [from, to = from] = range.split('…');
    const out: string[] = [];
    for (let d = dayNumber(`${year}-${from}`); d <= dayNumber(`${year}-${to}`); d++) out.push(dateOfDay(d));
    return out;
  });
}

/** The published arrangements (State Council notices for 2025 and 2026). */
const published = {
  2025: {
    off: days(2025, '01-01', '01-28…02-04', '04-04…04-06', '05-01…05-05', '05-31…06-02', '10-01…10-08'),
    makeUp: days(2025, '01-26', '02-08', '04-27', '09-28', '10-11'),
  },
  2026: {
    off: days(2026, '01-01…01-03', '02-15…02-23', '04-04…04-06', '05-01…05-05', '06-19…06-21', '09-25…09-27', '10-01…10-07'),
    makeUp: days(2026, '01-04', '02-14', '02-28', '05-09', '09-20', '10-10'),
  },
};

describe('working-day calendar', () => {
  for (const [year, { off, makeUp }] of Object.entries(published)) {
    it(`matches every day of the published ${year} arrangement`, () => {
      const offSet = new Set(off);
      const makeUpSet = new Set(makeUp);
      for (let d = dayNumber(`${year}-01-01`); d <= dayNumber(`${year}-12-31`); d++) {
        const date = dateOfDay(d);
        const weekday = new Date(d * 86_400_000).getUTCDay();
        const expected = makeUpSet.has(date) || (!offSet.has(date) && weekday !== 0 && weekday !== 6);
        expect({ date, working: calendar.isWorkingDay(date) }).toEqual({ date, working: { value: expected, approximate: false } });
      }
    });
  }

  it('counts due dates across Golden Week and the Spring Festival', () => {
    // A 3-working-day promise made on the eve of National Day 2026: 10-1…10-7 off, then 10-8 Thu,
    // 10-9 Fri and 10-10, a Saturday that is a make-up working day.
    expect(calendar.addWorkingDays('2026-09-30', 3)).toEqual({ value: '2026-10-10', approximate: false });
    expect(calendar.addWorkingDays('2026-09-30', 4)).toEqual({ value: '2026-10-12', approximate: false });
    // 7 working days from the Friday before Spring Festival 2026: 2-14 (调休), 2-24 … 2-27, 2-28 (调休), 3-2.
    expect(calendar.addWorkingDays('2026-02-13', 7)).toEqual({ value: '2026-03-02', approximate: false });
    // Spring Festival 2025: 1-26 (Sun) make-up, 1-27, then 1-28…2-4 off, 2-5, 2-6, 2-7; 2-8 (Sat) make-up.
    expect(calendar.addWorkingDays('2025-01-24', 5)).toEqual({ value: '2025-02-07', approximate: false });
    expect(calendar.addWorkingDays('2025-01-24', 6)).toEqual({ value: '2025-02-08', approximate: false });
    expect(calendar.addWorkingDays('2025-05-01', 0)).toEqual({ value: '2025-05-01', approximate: false });
  });

  it('counts working days between two dates, after the first and including the last', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toEqual({ value: 2, approximate: false });
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-12')).toEqual({ value: 4, approximate: false });
    expect(calendar.workingDaysBetween('2026-10-12', '2026-09-30')).toEqual({ value: -4, approximate: false });
    expect(calendar.workingDaysBetween('2025-06-03', '2025-06-03')).toEqual({ value: 0, approximate: false });
  });

  it('flags a result that depends on a year without published data', () => {
    expect(calendar.isKnownYear(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-10-04')).toEqual({ value: true, approximate: true });
    expect(calendar.addWorkingDays('2026-12-28', 5)).toEqual({ value: '2027-01-04', approximate: true });
    expect(calendar.workingDaysBetween('2026-12-01', '2027-01-05').approximate).toBe(true);
    expect(calendar.addWorkingDays('2026-12-01', 5).approximate).toBe(false);
  });

  it('takes a published year from an override file, without a code change', async () => {
    const dir = tempDir('casebook-calendar-');
    const path = join(dir, 'calendar.json');
    await writeFile(path, JSON.stringify({ holidays: { '2027-01-01': '元旦' }, workdays: { '2027-01-09': '调休' } }));
    const extended = new WorkingDayCalendar(toCalendarData(bundledCalendarSource(), await readCalendarOverride(path)));
    expect(extended.isWorkingDay('2027-01-01')).toEqual({ value: false, approximate: false });
    expect(extended.isWorkingDay('2027-01-09')).toEqual({ value: true, approximate: false });
    expect(await readCalendarOverride(join(dir, 'missing.json'))).toBeUndefined();
    await writeFile(path, JSON.stringify({ holidays: { '27-1-1': 'x' }, workdays: {} }));
    await expect(readCalendarOverride(path)).rejects.toThrow(/calendar\.json/);
  });

  it('refuses impossible dates and negative counts', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
  });
});
