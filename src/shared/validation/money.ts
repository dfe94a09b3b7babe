import { z } from 'zod';
import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

/** Larger than any plausible consumer dispute; keeps fen far inside Number.MAX_SAFE_INTEGER. */
const MAX_FEN = 100_000_000_00;

/**
 * Parses a yuan amount with at most two decimals into integer fen, without floating-point arithmetic.
 * A leading ¥/￥ and thousands separators are tolerated.
 * @example parseMoney('1,098.5') // { ok: true, value: 109850 }
 */
export function parseMoney(input: string): ParseResult<number> {
  const text = input.trim().replace(/^[¥￥]\s*/, '').replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return reject(/^\d+\.\d{3,}$/.test(text) ? m.moneyDecimals : m.moneyFormat);
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_FEN) return reject(m.moneyTooLarge);
  return accept(fen);
}

/** Formats integer fen as yuan with two decimals. @example formatFen(9800) // '98.00' */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen as the plain string the intake form edits (no separators). @example fenToInput(9800) // '98.00' */
export function fenToInput(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * An amount as JSON carries it: the text a person typed (`"98.00"`, `"¥1,098.5"`) or a number a
 * script wrote (`98` means 98.00 元), handed on as text for {@link parseMoney}.
 */
export const moneyInput = z
  .union([z.string(), z.number()], { error: (issue) => (issue.input === undefined ? undefined : m.moneyFormat) })
  .transform((value) => (typeof value === 'number' ? String(value) : value));

/** An optional amount in fen: missing, empty or blank mean "not given". */
export const optionalFen = moneyInput.optional().transform((text, ctx): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parseMoney(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message, input: text });
    return z.NEVER;
  }
  return parsed.value;
});
