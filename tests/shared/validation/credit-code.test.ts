import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, parseCreditCode } from '../../../src/shared/validation/credit-code';

describe('parseCreditCode', () => {
  it('accepts real codes and normalises case and spaces', () => {
    expect(parseCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(parseCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(parseCreditCode('91330106MA2H3KXC5C')).toMatchObject({ ok: true });
  });

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('rejects a code with one character changed', () => {
    expect(parseCreditCode('91350100M000100Y44')).toEqual({ ok: false, message: expect.stringContaining('校验位') });
    expect(parseCreditCode('91350100M000200Y43')).toMatchObject({ ok: false });
  });

  it('says what is wrong: length, letters outside the alphabet, division code', () => {
    expect(parseCreditCode('91350100M000100Y4')).toEqual({ ok: false, message: expect.stringContaining('当前为 17 位') });
    expect(parseCreditCode('91350100M000100I43')).toEqual({ ok: false, message: expect.stringContaining('“I”') });
    expect(parseCreditCode('9135A100M000100Y43')).toEqual({ ok: false, message: expect.stringContaining('行政区划') });
  });
});
