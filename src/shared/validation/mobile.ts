import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

/**
 * Validates a mainland China mobile number, tolerating the +86 prefix and separators people type.
 * @example parseMobile('+86 138-0013-8000') // { ok: true, value: '13800138000' }
 */
export function parseMobile(input: string): ParseResult<string> {
  const digits = input.trim().replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (!/^1[3-9]\d{9}$/.test(digits)) return reject(m.mobile);
  return accept(digits);
}
