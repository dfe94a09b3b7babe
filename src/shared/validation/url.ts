import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

/**
 * Validates a web address; only http and https are accepted, and a bare host name gets https://.
 * @example parseWebUrl('www.example.com/about') // { ok: true, value: 'https://www.example.com/about' }
 */
export function parseWebUrl(input: string): ParseResult<string> {
  const text = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return reject(m.urlFormat);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject(m.urlScheme);
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return reject(m.urlFormat);
  return accept(url.href);
}
