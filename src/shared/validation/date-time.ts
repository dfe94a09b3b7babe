import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

/** China has one time zone and no daylight saving time, so +08:00 is a fixed offset. */
const CHINA_OFFSET_MINUTES = 8 * 60;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats an instant as ISO 8601 in China time. @example toChinaIso(new Date(0)) // '1970-01-01T08:00:00+08:00' */
export function toChinaIso(instant: Date): string {
  const t = new Date(instant.getTime() + CHINA_OFFSET_MINUTES * 60_000);
  return (
    `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+08:00`
  );
}

/** The current time as ISO 8601 with +08:00. */
export const nowChinaIso = (): string => toChinaIso(new Date());

/**
 * Parses an ISO 8601 date-time (a space instead of T is tolerated; without an offset China time is meant)
 * and returns it normalised to +08:00 with seconds.
 * @example parseDateTime('2024-05-20 14:32') // { ok: true, value: '2024-05-20T14:32:00+08:00' }
 */
export function parseDateTime(input: string): ParseResult<string> {
  const match = ISO.exec(input.trim());
  if (!match) return reject(m.dateTimeFormat);
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = match;
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!real) return reject(m.dateTimeInvalid);
  let offset = CHINA_OFFSET_MINUTES;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  } else if (zone) {
    offset = 0;
  }
  return accept(toChinaIso(new Date(probe.getTime() - offset * 60_000)));
}

/** Like {@link parseDateTime}, and the moment must not lie in the future. */
export function parsePastDateTime(input: string, now: Date = new Date()): ParseResult<string> {
  const parsed = parseDateTime(input);
  if (parsed.ok && new Date(parsed.value).getTime() > now.getTime()) return reject(m.dateTimeFuture);
  return parsed;
}
