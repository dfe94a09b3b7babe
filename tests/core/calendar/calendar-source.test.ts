import { describe, expect, it } from 'vitest';
import { bundledCalendarSource } from '../../../src/core/calendar/calendar-source';
import { calendarSourceSchema } from '../../../src/core/calendar/calendar-source-schema';

describe('the bundled holiday data (chinese-days)', () => {
  // The app reads it without validating it on every start; this is where a package update that changed its format shows.
  it('has the shape of a calendar source', () => {
    expect(calendarSourceSchema.safeParse(bundledCalendarSource()).error).toBeUndefined();
  });

  it('knows the 2024 National Day holiday and its make-up working days', () => {
    const { holidays, workdays } = bundledCalendarSource();
    expect(Object.keys(holidays)).toContain('2024-10-01');
    expect(Object.keys(workdays)).toEqual(expect.arrayContaining(['2024-09-29', '2024-10-12']));
  });
});
