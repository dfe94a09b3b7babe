import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  appExportPdf,
  appLetterPdf,
  devServerUrl,
  isPrintablePdf,
  isSafeExternalUrl,
  isTrustedSender,
  isTrustedUrl,
  originOf,
  trustedOrigins,
} from '../../../electron/main/url-policy';

describe('originOf', () => {
  it('gives app:// an origin even though WHATWG URL calls it "null"', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('has no origin for host-less or unparsable URLs', () => {
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('trustedOrigins / isTrustedUrl', () => {
  it('trusts only app://casebook outside development', () => {
    const origins = trustedOrigins(undefined);
    expect(origins).toEqual([APP_ORIGIN]);
    expect(isTrustedUrl('app://casebook/cases/1', origins)).toBe(true);
    expect(isTrustedUrl('app://evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('app://casebook.evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('https://casebook/index.html', origins)).toBe(false);
    expect(isTrustedUrl('file:///index.html', origins)).toBe(false);
  });

  it('adds the dev server origin while developing, nothing broader', () => {
    const origins = trustedOrigins('http://localhost:5173/');
    expect(isTrustedUrl('http://localhost:5173/#/cases', origins)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', origins)).toBe(false);
  });
});

describe('devServerUrl', () => {
  const dev = { devBuild: true, packaged: false };

  it('honours a loopback http dev server in an unpackaged dev build', () => {
    expect(devServerUrl('http://localhost:5173/', dev)).toBe('http://localhost:5173/');
    expect(devServerUrl('http://127.0.0.1:5173', dev)).toBe('http://127.0.0.1:5173');
  });

  it('ignores the variable in a production or packaged build', () => {
    expect(devServerUrl('http://localhost:5173/', { devBuild: false, packaged: false })).toBeNull();
    expect(devServerUrl('http://localhost:5173/', { devBuild: true, packaged: true })).toBeNull();
    expect(devServerUrl(undefined, dev)).toBeNull();
    expect(devServerUrl('', dev)).toBeNull();
  });

  it.each([
    'https://attacker.example/',
    'http://attacker.example:5173/',
    'http://localhost.attacker.example:5173/',
    'https://localhost:5173/',
    'http://localhost/',
    'http://user:pass@localhost:5173/',
    'http://[::1]:5173/',
    'file:///tmp/index.html',
    'not a url',
  ])('refuses %s even while developing', (url) => {
    expect(devServerUrl(url, dev)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  const origins = [APP_ORIGIN];
  it('accepts the main frame of our page', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null }, origins)).toBe(true);
  });
  it('refuses subframes, foreign pages and vanished frames', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: {} }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'https://attacker.example/', parent: null }, origins)).toBe(false);
    expect(isTrustedSender(null, origins)).toBe(false);
    expect(isTrustedSender(undefined, origins)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.12315.cn/', 'http://example.cn/a?b=1', 'mailto:kefu@example.cn'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://casebook/index.html',
    'https://user:pass@example.cn/',
    'http://',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('appLetterPdf', () => {
  const origins = ['app://casebook'];
  it('recognises a saved letter PDF of our own origin, and nothing else', () => {
    expect(appLetterPdf('app://casebook/letters/01J0ABCDEFGHJKMNPQRSTVWXYZ/01J0ABCDEFGHJKMNPQRSTVWXY0/v2.pdf', origins)).toEqual({
      caseId: '01J0ABCDEFGHJKMNPQRSTVWXYZ',
      letterId: '01J0ABCDEFGHJKMNPQRSTVWXY0',
      version: 2,
    });
    expect(appLetterPdf('app://casebook/letters/01J0ABCDEFGHJKMNPQRSTVWXYZ/01J0ABCDEFGHJKMNPQRSTVWXY0/v2.eml', origins)).toBeNull();
    expect(appLetterPdf('https://evil.example/letters/a/b/v1.pdf', origins)).toBeNull();
    expect(appLetterPdf('app://casebook/evidence/a/b', origins)).toBeNull();
  });
});

describe('appExportPdf and isPrintablePdf', () => {
  const origins = ['app://casebook'];
  it('recognises a dossier PDF of our own origin; only our own PDFs may be printed', () => {
    expect(appExportPdf('app://casebook/exports/01J0ABCDEFGHJKMNPQRSTVWXYZ/20240612-153000/dossier.pdf', origins)).toEqual({
      caseId: '01J0ABCDEFGHJKMNPQRSTVWXYZ',
      exportId: '20240612-153000',
    });
    expect(appExportPdf('app://casebook/exports/01J0ABCDEFGHJKMNPQRSTVWXYZ/20240612-153000/dossier.zip', origins)).toBeNull();
    expect(appExportPdf('https://evil.example/exports/a/b/dossier.pdf', origins)).toBeNull();
    expect(isPrintablePdf('app://casebook/exports/01J0ABCDEFGHJKMNPQRSTVWXYZ/20240612-153000/dossier.pdf', origins)).toBe(true);
    expect(isPrintablePdf('app://casebook/letters/01J0ABCDEFGHJKMNPQRSTVWXYZ/01J0ABCDEFGHJKMNPQRSTVWXY0/v2.pdf', origins)).toBe(true);
    expect(isPrintablePdf('app://casebook/evidence/01J0ABCDEFGHJKMNPQRSTVWXYZ/01J0ABCDEFGHJKMNPQRSTVWXY0', origins)).toBe(false);
    expect(isPrintablePdf('file:///etc/passwd', origins)).toBe(false);
  });
});
