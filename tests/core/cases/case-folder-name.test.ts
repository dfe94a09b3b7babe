import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FOLDER_NAME_MAX,
  caseFolderBaseName,
  sanitizeFolderName,
  uniqueFolderName,
} from '../../../src/core/cases/case-folder-name';
import { sampleFacts } from '../sample-case';

const RESERVED_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** What "a single safe path segment" means on Windows, macOS and Linux together. */
function expectSafeSegment(name: string, max = FOLDER_NAME_MAX): void {
  expect(name.length).toBeGreaterThan(0);
  expect(Array.from(name).length).toBeLessThanOrEqual(max);
  // eslint-disable-next-line no-control-regex
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^[. ]/);
  expect(name).not.toMatch(RESERVED_DEVICE);
  expect(name).toBe(name.normalize('NFC'));
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
}

describe('sanitizeFolderName', () => {
  it('turns any string into one safe, non-empty path segment within the limit', () => {
    const nasty = fc.constantFrom('<', '>', ':', '"', '/', '\\', '|', '?', '*', '.', ' ', '\u0000', '\u001f', 'CON', 'nul', 'COM1', 'LPT9', '..', 'é', 'e\u0301', '卡盟', '😀');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(nasty).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 120 }), (raw, max) => {
        expectSafeSegment(sanitizeFolderName(raw, max), max);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops text-direction and invisible format characters', () => {
    expect(sanitizeFolderName('星耀\u202E卡盟\u2066订单\u2069')).toBe('星耀卡盟订单');
    expect(sanitizeFolderName('KM001\u202Eexe.pdf')).toBe('KM001exe.pdf');
    expect(sanitizeFolderName('\u200E\u200F\u061C\u2028')).toBe('case');
    const facts = sampleFacts();
    facts.order.number = 'KM\u202E1000';
    expect(caseFolderBaseName(facts)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps readable Chinese and drops what is forbidden', () => {
    expect(sanitizeFolderName('星耀卡盟: 订单*1?')).toBe('星耀卡盟 订单1');
    expect(sanitizeFolderName('  ..隐藏.. ')).toBe('隐藏');
    expect(sanitizeFolderName('a/b\\c')).toBe('abc');
  });

  it('keeps clear of reserved device names, with or without an extension', () => {
    expect(sanitizeFolderName('CON')).toBe('_CON');
    expect(sanitizeFolderName('com1.txt')).toBe('_com1.txt');
    expect(sanitizeFolderName('CONSOLE')).toBe('CONSOLE');
  });

  it('normalises to NFC, so a macOS (NFD) name is the same folder', () => {
    expect(sanitizeFolderName('Cafe\u0301')).toBe('Caf\u00e9');
  });

  it('cuts on code points, never in the middle of a character', () => {
    const name = sanitizeFolderName('😀'.repeat(100), 10);
    expect(Array.from(name)).toHaveLength(10);
    expect(name).toBe('😀'.repeat(10));
  });

  it('falls back to a name when nothing is left', () => {
    expect(sanitizeFolderName('???')).toBe('case');
    expect(sanitizeFolderName('')).toBe('case');
  });
});

describe('caseFolderBaseName', () => {
  it('is <purchase date in China time>-<platform>-<order number>', () => {
    expect(caseFolderBaseName(sampleFacts())).toBe('20240520-星耀卡盟-KM20240520143208001');
  });

  it('uses the China date even when the purchase is late at night UTC', () => {
    const facts = sampleFacts();
    facts.order.purchasedAt = '2024-05-20T23:30:00+08:00';
    expect(caseFolderBaseName(facts).slice(0, 8)).toBe('20240520');
  });

  it('sanitises the platform and order number and stays within the limit', () => {
    const facts = sampleFacts();
    facts.platform.name = '超级/无敌:卡盟'.repeat(10);
    facts.order.number = 'NO<1>|'.repeat(30);
    const name = caseFolderBaseName(facts);
    expectSafeSegment(name);
    expect(name.startsWith('20240520-超级无敌卡盟')).toBe(true);
  });
});

describe('uniqueFolderName', () => {
  it('appends -2, -3 … and compares like a case-insensitive file system', () => {
    expect(uniqueFolderName('20240520-星耀卡盟-KM1', [])).toBe('20240520-星耀卡盟-KM1');
    expect(uniqueFolderName('20240520-星耀卡盟-KM1', ['20240520-星耀卡盟-km1'])).toBe('20240520-星耀卡盟-KM1-2');
    expect(uniqueFolderName('a', ['a', 'A-2'])).toBe('a-3');
  });

  it('keeps suffixed names within the limit and unique', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).map((s) => sanitizeFolderName(s)), fc.integer({ min: 0, max: 12 }), (base, copies) => {
        const taken: string[] = [];
        for (let i = 0; i <= copies; i++) taken.push(uniqueFolderName(base, taken));
        expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(taken.length);
        for (const name of taken) expectSafeSegment(name);
      }),
    );
  });
});
