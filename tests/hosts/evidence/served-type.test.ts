import { describe, expect, it } from 'vitest';
import { contentDisposition, servedType } from '../../../src/hosts/evidence/served-type';

describe('servedType', () => {
  it.each(['image/png', 'image/jpeg', 'video/mp4', 'audio/mpeg', 'audio/x-m4a', 'application/pdf'])('keeps %s as it is', (type) => {
    expect(servedType(type)).toEqual({ contentType: type, disposition: 'inline' });
  });

  it.each(['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'application/xml', 'application/javascript', 'text/javascript', 'application/json', 'message/rfc822', 'text/plain', 'TEXT/HTML; charset=gbk'])(
    'shows %s as plain text, never rendered',
    (type) => {
      expect(servedType(type)).toEqual({ contentType: 'text/plain; charset=utf-8', disposition: 'inline' });
    },
  );

  it.each(['application/octet-stream', 'application/zip', 'application/x-msdownload', 'image/x-unknown-future'])('sends %s as opaque bytes to save', (type) => {
    expect(servedType(type)).toEqual({ contentType: 'application/octet-stream', disposition: 'attachment' });
  });
});

describe('contentDisposition', () => {
  it('carries a Chinese name in RFC 8187 form, with nothing a header parser could trip on', () => {
    const header = contentDisposition('inline', `订单 "截图"(1)'s;.png`);
    expect(header).toBe(`inline; filename*=UTF-8''${encodeURIComponent('订单 "截图"').replace(/'/g, '%27')}%281%29%27s%3B.png`);
    expect(header).not.toMatch(/[";]\S*$/);
  });
});
