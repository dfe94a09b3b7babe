import { describe, expect, it } from 'vitest';
import { parseResidentId, residentIdCheckChar } from '../../../src/shared/validation/resident-id';

describe('parseResidentId', () => {
  it('accepts a real number with X as check character, in either case', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X' });
    expect(parseResidentId(' 11010519491231002x ')).toEqual({ ok: true, value: '11010519491231002X' });
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('rejects a wrong check digit', () => {
    expect(parseResidentId('110105194912310021')).toEqual({ ok: false, message: expect.stringContaining('校验位') });
  });

  it('rejects an impossible or future birth date', () => {
    expect(parseResidentId('110105194902300021')).toEqual({ ok: false, message: expect.stringContaining('出生日期') });
    expect(parseResidentId('110105299901010021')).toEqual({ ok: false, message: expect.stringContaining('出生日期') });
  });

  it('rejects the wrong shape', () => {
    expect(parseResidentId('11010519491231002')).toEqual({ ok: false, message: expect.stringContaining('18 位') });
    expect(parseResidentId('1101051949123100XX')).toMatchObject({ ok: false });
  });
});
