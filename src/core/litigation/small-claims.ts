import wages from '../../../resources/data/average-wages.json';

/** 民事诉讼法 第165条: up to 50% of the previous year's average annual wage of employed persons. */
const SHARE = 0.5;
const NATIONAL = '全国';

export interface SmallClaimsEstimate {
  likely: boolean;
  thresholdFen: number;
  /** The region and year whose wage the threshold was taken from. */
  basis: { region: string; year: number; source: string };
  /** True when the province's own figure was not in the data and the national one stood in. */
  fromNationalFigure: boolean;
}

interface WageEntry {
  region: string;
  year: number;
  averageAnnualWageYuan: number;
  source: string;
}

/**
 * Whether a money claim filed in `filingYear` likely falls under the small-claims procedure: the
 * threshold comes from the previous year's wage of the province (or the national figure, or the
 * latest year on file). Always shown with 请以当地法院公布为准: courts publish the binding figure.
 */
export function estimateSmallClaims(claimFen: number, filingYear: number, province?: string, entries: readonly WageEntry[] = wages.entries): SmallClaimsEstimate | undefined {
  const latestFor = (region: string) =>
    entries.filter((e) => e.region === region && e.year <= filingYear - 1).sort((a, b) => b.year - a.year)[0];
  const own = province ? latestFor(province) : undefined;
  const entry = own ?? latestFor(NATIONAL);
  if (!entry) return undefined;
  const thresholdFen = Math.floor(entry.averageAnnualWageYuan * SHARE) * 100;
  return {
    likely: claimFen <= thresholdFen,
    thresholdFen,
    basis: { region: entry.region, year: entry.year, source: entry.source },
    fromNationalFigure: !own,
  };
}
