import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierFileNames, exhibitDigits, exhibitEntryName, letterEntryName } from '../../../../src/core/dossier/archive/entry-names';

const RESERVED_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** One path segment that means the same file on Windows, macOS and Linux, and shows what it is. */
function expectSafeSegment(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/);
  expect(name).not.toMatch(/\p{Cf}/u);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^[. ]/);
  expect(name).not.toMatch(RESERVED_DEVICE);
  expect(name).toBe(name.normalize('NFC'));
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
}

const nasty = fc.constantFrom('<', '>', ':', '"', '/', '\\', '|', '?', '*', '.', ' ', '\u0000', '\u202e', '\u200b', 'CON', 'nul', '..', 'e\u0301', '订单截图', '😀', '\n');
const titles = fc.oneof(fc.string({ unit: 'binary' }), fc.array(nasty).map((parts) => parts.join('')));

describe('dossier archive entry names', () => {
  it('names every exhibit 证据NN-<title>.<ext> with a safe segment, whatever its title', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 1, max: 1200 }), fc.constantFrom('01J.png', '01J.JPG', '01J.m4a', '01J'), (title, exhibit, stored) => {
        const digits = exhibitDigits(Math.max(exhibit, 1));
        const name = exhibitEntryName(exhibit, digits, title, stored);
        expectSafeSegment(name);
        expect(name.startsWith(`证据${String(exhibit).padStart(digits, '0')}-`)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps Chinese titles readable and numbers with as many digits as the case needs', () => {
    expect(exhibitEntryName(1, exhibitDigits(6), '订单截图', '01HZ-订单截图.PNG')).toBe('证据01-订单截图.png');
    expect(exhibitEntryName(7, exhibitDigits(120), '客服 聊天: 记录?', 'x.txt')).toBe('证据007-客服_聊天_记录.txt');
    expect(exhibitEntryName(2, 2, '\u202egnp.exe', 'x.png')).toBe('证据02-gnp.exe.png');
  });

  it('puts letters under letters/ with safe names, and the two files beside each other', () => {
    fc.assert(
      fc.property(titles, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 50 }), (title, position, version) => {
        const [folder, name, ...rest] = letterEntryName(position, title, version).split('/');
        expect(folder).toBe('letters');
        expect(rest).toEqual([]);
        expectSafeSegment(name!);
        expect(name).toMatch(/^\d{2}-.*-第\d+版\.pdf$/);
      }),
      { numRuns: 500 },
    );
    expect(dossierFileNames('20240520-星耀卡盟-KM1')).toEqual({ pdf: '20240520-星耀卡盟-KM1-卷宗.pdf', zip: '20240520-星耀卡盟-KM1-卷宗.zip' });
  });
});
