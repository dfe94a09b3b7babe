import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

/** China has one time zone and no daylight saving time, so +08:00 is a fixed offset. */
const CHINA_OFFSET_MINUTES = 8 * 60;

/**
 * The date as people write it: `2024-5-20`, `2024/5/20`, `2024.05.20` (one separator throughout) or
 * `2024年5月20日` (日 or 号 may be left out). Digits and punctuation typed full-width by a Chinese input
 * method are folded to ASCII (NFKC) before matching.
 */
const DATE = String.raw`(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号)?)`;
/** `14:32`, `14:32:08`, `14:32:08.123`, `14时32分`, `14点32分08秒`. */
const TIME = String.raw`(\d{1,2})\s*[:时点]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})(?:\.\d+)?\s*秒?|\s*分)?`;
/** An offset is only meaningful in ISO 8601 text (from a script or an export); people's text is China time. */
const ZONE = String.raw`(Z|[+-]\d{2}:?\d{2})`;
/**
 * The time follows after a space, a `T` (ISO 8601), or directly after 日/号 (`2024年5月20日14:32`). The
 * lookbehind keeps `2024-5-2014:32` from being read as the 20th at 14:32.
 */
const DATE_TIME = new RegExp(String.raw`^${DATE}(?:(?:\s+|T|(?<=[日号])\s*)${TIME})?\s*${ZONE}?$`, 'i');

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

const offsetMinutes = (zone: string | undefined): number => {
  if (!zone) return CHINA_OFFSET_MINUTES;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
};

/**
 * Parses a date-time the way people write it — `2024/5/20 14:32`, `2024-5-20 14:32`,
 * `2024年5月20日14:32`, `2024.05.20 14:32`, a date alone (midnight) — or as ISO 8601 (with or without an
 * offset), and returns it normalised to ISO 8601 with +08:00 and seconds. Text without an offset is
 * China time. The UI fields, the API contract and the CLI's files all go through this one function.
 *
 * @example parseDateTime('2024年5月20日14:32') // { ok: true, value: '2024-05-20T14:32:00+08:00' }
 * @example parseDateTime('') // { ok: false, message: '此项必填' }
 */
export function parseDateTime(input: string): ParseResult<string> {
  const text = input.normalize('NFKC').trim();
  if (text === '') return reject(m.required);
  const match = DATE_TIME.exec(text);
  if (!match) return reject(m.dateTimeFormat);
  const [, y, , sepMonth, sepDay, cjkMonth, cjkDay, h = '0', mi = '0', s = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, sepMonth ?? cjkMonth, sepDay ?? cjkDay, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!real) return reject(m.dateTimeInvalid);
  return accept(toChinaIso(new Date(probe.getTime() - offsetMinutes(zone) * 60_000)));
}

/** Like {@link parseDateTime}, and the moment must not lie in the future. */
export function parsePastDateTime(input: string, now: Date = new Date()): ParseResult<string> {
  const parsed = parseDateTime(input);
  if (parsed.ok && new Date(parsed.value).getTime() > now.getTime()) return reject(m.dateTimeFuture);
  return parsed;
}
