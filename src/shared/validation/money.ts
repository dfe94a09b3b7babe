import { validationMessages as m } from '../messages/validation';
import { accept, reject, type ParseResult } from './parse-result';

// The schemas for amounts (moneyInput, optionalFen) are in money-schema.ts: formatting an amount (every
// dashboard row, every CLI listing) must not load zod.

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

/**
 * Thousands separators by hand, not with Intl.NumberFormat: building the first formatter loads number
 * formatting data, about 30 ms in a fresh page (the dashboard's first screen waited for it), and again
 * in every CLI command that prints an amount.
 */
const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** Formats integer fen as yuan with two decimals. @example formatFen(109850) // '1,098.50' */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${groupThousands(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen as the plain string the intake form edits (no separators). @example fenToInput(9800) // '98.00' */
export function fenToInput(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
