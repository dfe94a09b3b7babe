import { describe, expect, it } from 'vitest';
import { estimateSmallClaims } from '../../../src/core/litigation/small-claims';

describe('small-claims estimate', () => {
  it('uses the previous year’s national figure when the province has none on file', () => {
    expect(estimateSmallClaims(98_00, 2024, '浙江省')).toEqual({
      likely: true,
      thresholdFen: 60_349_00,
      basis: { region: '全国', year: 2023, source: expect.stringContaining('2023') },
      fromNationalFigure: true,
    });
    expect(estimateSmallClaims(70_000_00, 2024)?.likely).toBe(false);
  });

  it('prefers the province’s own figure and falls back to the latest year on file', () => {
    const entries = [
      { region: '全国', year: 2023, averageAnnualWageYuan: 120_698, source: 'n' },
      { region: '北京市', year: 2023, averageAnnualWageYuan: 200_000, source: 'b' },
    ];
    expect(estimateSmallClaims(90_000_00, 2024, '北京市', entries)).toMatchObject({ likely: true, thresholdFen: 100_000_00, fromNationalFigure: false });
    expect(estimateSmallClaims(90_000_00, 2027, '北京市', entries)?.basis.year).toBe(2023);
    expect(estimateSmallClaims(1_00, 2020, undefined, entries)).toBeUndefined();
  });
});
