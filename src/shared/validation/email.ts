import { caseFieldMessages as m } from '../messages/case-fields';
import { accept, reject, type ParseResult } from './parse-result';

/**
 * An e-mail address as mail clients accept it: one @, a dot in the domain, no spaces. Full-width
 * ＠ and ． typed with a Chinese input method are turned into their ASCII forms.
 * @example parseEmail('kefu＠xingyao.cn') // { ok: true, value: 'kefu@xingyao.cn' }
 */
export function parseEmail(input: string): ParseResult<string> {
  const text = input.trim().replace(/＠/g, '@').replace(/．/g, '.');
  return /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/.test(text) ? accept(text) : reject(m.email);
}
