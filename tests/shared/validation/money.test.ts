import { describe, expect, it } from 'vitest';
import { fenToInput, formatFen, parseMoney } from '../../../src/shared/validation/money';

describe('parseMoney', () => {
  it.each([
    ['98', 9800],
    ['98.5', 9850],
    ['98.00', 9800],
    ['0.01', 1],
    ['¥1,098.50', 109850],
    ['￥ 12', 1200],
    [' 98.05 ', 9805],
  ])('reads %s as %i fen without floating point', (input, fen) => expect(parseMoney(input)).toEqual({ ok: true, value: fen }));

  it('rejects a third decimal with its own message', () => {
    expect(parseMoney('98.001')).toEqual({ ok: false, message: expect.stringContaining('两位小数') });
  });

  it.each(['abc', '', '-5', '98.', '.5', '9 8', '1e3'])('rejects %j', (input) =>
    expect(parseMoney(input)).toEqual({ ok: false, message: expect.stringContaining('金额') }),
  );

  it('rejects implausibly large amounts', () => {
    expect(parseMoney('100000001')).toEqual({ ok: false, message: expect.stringContaining('过大') });
  });

  it('formats fen back', () => {
    expect(formatFen(109850)).toBe('1,098.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(99_900)).toBe('999.00');
    expect(formatFen(10_000_000_000)).toBe('100,000,000.00');
    expect(formatFen(-123_456_789)).toBe('-1,234,567.89');
    expect(fenToInput(109850)).toBe('1098.50');
  });
});
