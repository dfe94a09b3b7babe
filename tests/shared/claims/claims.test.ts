import { describe, expect, it } from 'vitest';
import { assessOffer, fraudCompensationFen } from '../../../src/shared/claims/compensation';
import { courtFee } from '../../../src/shared/claims/court-fee';

describe('court fee (诉讼费用交纳办法 第13条, 第16条)', () => {
  it.each([
    [98_00, 50_00, 25_00],
    [10_000_00, 50_00, 25_00],
    // 50 + 2.5% × 10,000 = 300 元
    [20_000_00, 300_00, 150_00],
    // 50 + 2.5% × 90,000 = 2,300 元
    [100_000_00, 2_300_00, 1_150_00],
    // 2,300 + 2% × 50,000 = 3,300 元
    [150_000_00, 3_300_00, 1_650_00],
    // 2,300 + 2,000 + 1.5% × 100,000 = 5,800 元
    [300_000_00, 5_800_00, 2_900_00],
    // 10,000.01 元: 0.01 元 above the flat band costs 0.00025 元 → rounds to 50.00
    [10_000_01, 50_00, 25_00],
  ])('a claim of %i fen costs %i fen, %i under the simple procedure', (claim, full, simple) => {
    expect(courtFee(claim)).toEqual({ fullFen: full, simpleProcedureFen: simple });
  });
});

describe('compensation', () => {
  it('fraud: three times the price paid, at least 500 元 (消保法 第55条)', () => {
    expect(fraudCompensationFen(98_00)).toBe(500_00);
    expect(fraudCompensationFen(166_67)).toBe(500_01);
    expect(fraudCompensationFen(648_00)).toBe(1_944_00);
  });

  it('compares an offer with the demand and shows the gap', () => {
    expect(assessOffer({ pricePaidFen: 98_00, demandFen: 98_00, offerFen: 49_00 })).toEqual({
      demandFen: 98_00,
      offerFen: 49_00,
      gapFen: 49_00,
      coverage: 0.5,
      entitlementFen: 98_00,
      components: [{ kind: 'refund', fen: 98_00 }],
    });
  });

  it('adds the higher of fraud compensation and a platform promise such as 假一赔三, never both', () => {
    const promised = assessOffer({ pricePaidFen: 648_00, offerFen: 648_00, promiseMultiplier: 3 });
    expect(promised.entitlementFen).toBe(648_00 + 1_944_00);
    expect(promised.gapFen).toBe(1_944_00);
    const both = assessOffer({ pricePaidFen: 98_00, offerFen: 0, fraudClaimed: true, promiseMultiplier: 3 });
    expect(both.components).toEqual([
      { kind: 'refund', fen: 98_00 },
      { kind: 'fraud', fen: 500_00 },
    ]);
    expect(both.coverage).toBe(0);
  });
});
