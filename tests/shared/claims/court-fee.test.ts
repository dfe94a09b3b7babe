import { describe, expect, it } from 'vitest';
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
