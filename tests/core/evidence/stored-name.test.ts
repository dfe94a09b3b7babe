import { isAbsolute, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedEvidenceName } from '../../../src/core/evidence/stored-name';

const ID = '01J0ABCDEFGHJKMNPQRSTVWXYZ';
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

describe('storedEvidenceName', () => {
  it('keeps a readable part and a plain extension', () => {
    expect(storedEvidenceName(ID, '订单支付截图.PNG', 'png')).toBe(`${ID}-订单支付截图.png`);
    expect(storedEvidenceName(ID, 'CON', 'txt')).toBe(`${ID}-_CON.txt`);
    expect(storedEvidenceName(ID, 'chat.exe ', undefined)).toBe(`${ID}-chat.bin`);
    expect(storedEvidenceName(ID, '截图.exe', 'png')).toBe(`${ID}-截图.png`);
  });

  it('drops text-direction and invisible format characters, so a name cannot pose as another type', () => {
    // Shown by a file manager, `invoice\u202Egnp.exe` reads as `invoiceexe.png`.
    expect(storedEvidenceName(ID, 'invoice\u202Egnp.exe', 'png')).toBe(`${ID}-invoicegnp.png`);
    expect(storedEvidenceName(ID, '\u2066支付\u200F截图\u2069\u200B\uFEFF.jpg', 'jpeg')).toBe(`${ID}-支付截图.jpeg`);
    expect(storedEvidenceName(ID, '\u202D\u202C', undefined)).toBe(`${ID}-case.bin`);
  });

  it('maps any name to a single safe segment inside evidence/', () => {
    const evidenceDir = join('/ws', 'cases', 'c', 'evidence');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.option(fc.string({ maxLength: 12 })), (name, sniffed) => {
        const stored = storedEvidenceName(ID, name, sniffed ?? undefined);
        const inside = relative(evidenceDir, join(evidenceDir, stored));
        expect(inside).toBe(stored);
        expect(isAbsolute(inside) || inside.startsWith('..') || inside.includes(sep)).toBe(false);
        // eslint-disable-next-line no-control-regex
        expect(stored).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect(stored).not.toMatch(/[. ]$/);
        expect(RESERVED.test(stored)).toBe(false);
        expect(stored.startsWith(`${ID}-`)).toBe(true);
        expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(255);
        expect(stored).toBe(stored.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
  });
});
