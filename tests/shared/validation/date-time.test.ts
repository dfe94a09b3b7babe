import { describe, expect, it } from 'vitest';
import { parseDateTime, parsePastDateTime, toChinaIso } from '../../../src/shared/validation/date-time';

describe('parseDateTime', () => {
  it.each([
    ['2024-05-20T14:32:08+08:00', '2024-05-20T14:32:08+08:00'],
    ['2024-05-20T14:32:08', '2024-05-20T14:32:08+08:00'],
    ['2024-05-20 14:32', '2024-05-20T14:32:00+08:00'],
    ['2024-05-20T06:32:08Z', '2024-05-20T14:32:08+08:00'],
    ['2024-05-20T06:32:08.123z', '2024-05-20T14:32:08+08:00'],
    ['2024-05-20T00:32:08-06:00', '2024-05-20T14:32:08+08:00'],
    ['2024-05-20T14:32:08+0800', '2024-05-20T14:32:08+08:00'],
    ['2024-05-20', '2024-05-20T00:00:00+08:00'],
    // The ways people write it (China time).
    ['2024/5/20 14:32', '2024-05-20T14:32:00+08:00'],
    ['2024-5-20 14:32', '2024-05-20T14:32:00+08:00'],
    ['2024年5月20日14:32', '2024-05-20T14:32:00+08:00'],
    ['2024年5月20日 14:32', '2024-05-20T14:32:00+08:00'],
    ['2024年5月20号 14点32分', '2024-05-20T14:32:00+08:00'],
    ['2024年05月20日14时32分08秒', '2024-05-20T14:32:08+08:00'],
    ['2024.05.20 14:32', '2024-05-20T14:32:00+08:00'],
    ['2024/5/20 9:05:07', '2024-05-20T09:05:07+08:00'],
    ['  2024/5/20  ', '2024-05-20T00:00:00+08:00'],
    ['2024年5月20日', '2024-05-20T00:00:00+08:00'],
    ['2024.5.20', '2024-05-20T00:00:00+08:00'],
    // Full-width digits and colon, as a Chinese input method types them.
    ['２０２４／５／２０　１４：３２', '2024-05-20T14:32:00+08:00'],
  ])('reads %s as %s', (input, iso) => expect(parseDateTime(input)).toEqual({ ok: true, value: iso }));

  it('rejects days and times that do not exist', () => {
    expect(parseDateTime('2024-02-30 10:00')).toEqual({ ok: false, message: expect.stringContaining('不存在') });
    expect(parseDateTime('2023-02-29')).toMatchObject({ ok: false });
    expect(parseDateTime('2024-05-20 24:00')).toMatchObject({ ok: false });
    expect(parseDateTime('2024-02-29')).toMatchObject({ ok: true });
  });

  it('rejects text that is not a date-time', () => {
    expect(parseDateTime('昨天下午')).toEqual({ ok: false, message: expect.stringContaining('例如') });
    expect(parseDateTime('20/05/2024')).toMatchObject({ ok: false });
    // Mixed separators and a time glued to a numeric day are ambiguous, so they are refused.
    expect(parseDateTime('2024/5-20')).toMatchObject({ ok: false });
    expect(parseDateTime('2024-5-2014:32')).toMatchObject({ ok: false });
    expect(parseDateTime('2024年5月2014:32')).toMatchObject({ ok: false });
  });

  it('asks for a value when the field is empty, not for a format', () => {
    expect(parseDateTime('')).toEqual({ ok: false, message: '此项必填' });
    expect(parseDateTime('   ')).toEqual({ ok: false, message: '此项必填' });
  });

  it('checks that everyday forms name a real day and time', () => {
    expect(parseDateTime('2023年2月29日')).toEqual({ ok: false, message: expect.stringContaining('不存在') });
    expect(parseDateTime('2024/5/20 14:60')).toMatchObject({ ok: false });
  });

  it('rejects a moment in the future when it must be past', () => {
    const now = new Date('2024-05-20T06:00:00Z');
    expect(parsePastDateTime('2024-05-20 14:00', now)).toMatchObject({ ok: true });
    expect(parsePastDateTime('2024-05-20 14:01', now)).toEqual({ ok: false, message: expect.stringContaining('晚于现在') });
  });

  it('formats instants in China time', () => {
    expect(toChinaIso(new Date(0))).toBe('1970-01-01T08:00:00+08:00');
    expect(toChinaIso(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01T00:30:00+08:00');
  });
});
