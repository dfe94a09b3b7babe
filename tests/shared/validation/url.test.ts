import { describe, expect, it } from 'vitest';
import { parseWebUrl } from '../../../src/shared/validation/url';

describe('parseWebUrl', () => {
  it('accepts http and https, adding https:// to a bare host', () => {
    expect(parseWebUrl('https://www.xingyao-kameng.example.cn')).toEqual({
      ok: true,
      value: 'https://www.xingyao-kameng.example.cn/',
    });
    expect(parseWebUrl('http://example.com/a?b=1')).toEqual({ ok: true, value: 'http://example.com/a?b=1' });
    expect(parseWebUrl('www.example.com/about')).toEqual({ ok: true, value: 'https://www.example.com/about' });
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ftp://example.com'])(
    'rejects %s',
    (input) => expect(parseWebUrl(input)).toEqual({ ok: false, message: expect.stringContaining('http') }),
  );

  it('rejects things that are not addresses', () => {
    expect(parseWebUrl('不是网址')).toMatchObject({ ok: false });
    expect(parseWebUrl('https://')).toMatchObject({ ok: false });
    expect(parseWebUrl('localhost')).toMatchObject({ ok: true });
  });
});
