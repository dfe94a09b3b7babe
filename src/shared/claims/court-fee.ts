/**
 * Acceptance fee of a property case under 诉讼费用交纳办法 第13条(一): a progressive scale on the
 * amount claimed; 第16条 halves it when the simple procedure applies (small claims included).
 * Amounts are integer fen; the fee is rounded to the fen.
 */
const BRACKETS: readonly { upToYuan: number; rate: number }[] = [
  { upToYuan: 100_000, rate: 0.025 },
  { upToYuan: 200_000, rate: 0.02 },
  { upToYuan: 500_000, rate: 0.015 },
  { upToYuan: 1_000_000, rate: 0.01 },
  { upToYuan: 2_000_000, rate: 0.009 },
  { upToYuan: 5_000_000, rate: 0.008 },
  { upToYuan: 10_000_000, rate: 0.007 },
  { upToYuan: 20_000_000, rate: 0.006 },
  { upToYuan: Infinity, rate: 0.005 },
];
const FLAT_UP_TO_YUAN = 10_000;
const FLAT_FEE_FEN = 50_00;

export interface CourtFee {
  /** Under the ordinary procedure. */
  fullFen: number;
  /** Under the simple procedure (第16条: half). */
  simpleProcedureFen: number;
}

/** @example courtFee(98_00) // { fullFen: 5000, simpleProcedureFen: 2500 } — 50 元, halved 25 元 */
export function courtFee(claimFen: number): CourtFee {
  let fee = FLAT_FEE_FEN;
  let lower = FLAT_UP_TO_YUAN * 100;
  for (const { upToYuan, rate } of BRACKETS) {
    if (claimFen <= lower) break;
    const upper = upToYuan * 100;
    fee += (Math.min(claimFen, upper) - lower) * rate;
    lower = upper;
  }
  const fullFen = Math.round(fee);
  return { fullFen, simpleProcedureFen: Math.round(fullFen / 2) };
}
