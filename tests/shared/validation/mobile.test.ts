import { describe, expect, it } from 'vitest';
import { parseMobile } from '../../../src/shared/validation/mobile';

describe('parseMobile', () => {
  it.each(['13800138000', '+86 138-0013-8000', '+8613800138000', '86 13800138000', ' 138 0013 8000 '])(
    'accepts %s',
    (input) => expect(parseMobile(input)).toEqual({ ok: true, value: '13800138000' }),
  );

  it.each(['12800138000', '1380013800', '138001380001', '010-12345678', '+1 13800138000', 'abc'])('rejects %s', (input) =>
    expect(parseMobile(input)).toEqual({ ok: false, message: expect.stringContaining('11 位') }),
  );
});
