import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

/** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a 统一社会信用代码. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Validates a 统一社会信用代码 (GB 32100-2015): 18 characters from the code alphabet,
 * an administrative-division code of six digits, and the check character.
 * @example parseCreditCode(' 91350100m000100y43 ') // { ok: true, value: '91350100M000100Y43' }
 */
export function parseCreditCode(input: string): ParseResult<string> {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return reject(m.creditCodeLength(code.length));
  for (const ch of code) if (!ALPHABET.includes(ch)) return reject(m.creditCodeCharacter(ch));
  if (!/^\d{6}$/.test(code.slice(2, 8))) return reject(m.creditCodeDivision);
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return reject(m.creditCodeCheck);
  return accept(code);
}
