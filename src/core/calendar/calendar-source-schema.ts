import { z } from 'zod';
import type { CalendarSource } from './calendar-source';

/** The shape of a calendar source (the override file, and the bundled data in tests). */
export const calendarSourceSchema: z.ZodType<CalendarSource> = z.object({
  holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
  workdays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
});
