import type { CaseFacts } from '../../shared/domain/case';
import { toChinaIso } from '../../shared/validation/date-time';

/** Code points, not bytes: 80 CJK characters are 240 UTF-8 bytes, under the common 255-byte name limit. */
export const FOLDER_NAME_MAX = 80;
const PLATFORM_PART_MAX = 24;
const FALLBACK_NAME = 'case';

/**
 * Characters Windows forbids in names (`/` and `\` also split paths everywhere), control characters,
 * invisible format characters — text-direction overrides (U+202E makes `invoice‮gpj.exe` show as a
 * picture), zero-width characters, line separators — and lone surrogates, which a UTF-8 file system
 * would store as another name than the one recorded.
 */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
/** Device names Windows reserves, with or without an extension (`CON.txt` is reserved too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

const truncate = (text: string, max: number): string => Array.from(text).slice(0, max).join('');

/** Dots and spaces at either end: trailing ones are dropped by Windows, leading dots hide the folder. */
const trimEnds = (text: string): string => text.replace(/^[\s.]+|[\s.]+$/g, '');

/**
 * Makes `raw` a single path segment that is valid and means the same file on Windows, macOS and
 * Linux: NFC, no forbidden, control or invisible format characters, no leading/trailing dots or spaces, not a reserved
 * device name, at most `max` code points. Chinese text is kept as it is.
 *
 * @example sanitizeFolderName('CON') // '_CON'
 * @example sanitizeFolderName('星耀卡盟: 订单*1?') // '星耀卡盟 订单1'
 */
export function sanitizeFolderName(raw: string, max: number = FOLDER_NAME_MAX): string {
  const cleaned = raw.replace(FORBIDDEN, '').normalize('NFC').replace(/\s+/g, ' ');
  let name = trimEnds(truncate(trimEnds(cleaned), max));
  if (RESERVED.test(name)) name = trimEnds(truncate(`_${name}`, max));
  return name || truncate(FALLBACK_NAME, max);
}

/**
 * The readable base name of a new case folder: `<YYYYMMDD>-<platform>-<order number>`, the date being
 * the purchase date in China time.
 *
 * @example caseFolderBaseName(facts) // '20240520-星耀卡盟-KM20240520143208001'
 */
export function caseFolderBaseName(facts: CaseFacts): string {
  const day = toChinaIso(new Date(facts.order.purchasedAt)).slice(0, 10).replaceAll('-', '');
  const platform = sanitizeFolderName(facts.platform.name, PLATFORM_PART_MAX);
  return sanitizeFolderName(`${day}-${platform}-${sanitizeFolderName(facts.order.number)}`);
}

/** Names are compared the way case-insensitive file systems (Windows, macOS) would. */
const comparable = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * The first of `base`, `base-2`, `base-3` … not taken by `existing` (compared case-insensitively),
 * keeping the result within the length limit.
 */
export function uniqueFolderName(base: string, existing: Iterable<string>): string {
  const taken = new Set(Array.from(existing, comparable));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${trimEnds(truncate(base, FOLDER_NAME_MAX - suffix.length))}${suffix}`;
    if (!taken.has(comparable(candidate))) return candidate;
  }
}
