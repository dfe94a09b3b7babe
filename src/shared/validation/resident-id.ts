import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The GB 11643-1999 check character (0–9 or X) for the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Validates an 18-digit 居民身份证号码: digits, a real birth date, and the check character.
 * @example parseResidentId('11010519491231002x') // { ok: true, value: '11010519491231002X' }
 */
export function parseResidentId(input: string): ParseResult<string> {
  const id = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return reject(m.residentIdFormat);
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate =
    birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!realDate || year < 1900 || birth.getTime() > Date.now()) return reject(m.residentIdBirthDate);
  if (id[17] !== residentIdCheckChar(id.slice(0, 17))) return reject(m.residentIdCheck);
  return accept(id);
}
