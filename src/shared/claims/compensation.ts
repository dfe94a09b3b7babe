/**
 * What the law and the platform's own promises let a consumer claim, in integer fen.
 */

/** 消费者权益保护法 第55条第1款: on fraud, extra compensation of three times the price paid, at least 500 元. */
export const FRAUD_MULTIPLIER = 3;
export const FRAUD_MINIMUM_FEN = 500_00;

export function fraudCompensationFen(pricePaidFen: number): number {
  return Math.max(FRAUD_MULTIPLIER * pricePaidFen, FRAUD_MINIMUM_FEN);
}

/**
 * A platform promise such as 假一赔三 binds the platform where it is more favourable to the consumer
 * (消保法 第44条第1款 for platforms' promises): the promised multiple of the price paid.
 */
export function promisedCompensationFen(pricePaidFen: number, multiplier: number): number {
  return Math.round(pricePaidFen * multiplier);
}

export interface OfferAssessment {
  demandFen: number;
  offerFen: number;
  /** demand − offer; positive when the offer falls short. */
  gapFen: number;
  /** Share of the demand the offer covers, 0–1 (1 when nothing is demanded). */
  coverage: number;
  /** The refund of the price paid plus every legal or promised extra that applies. */
  entitlementFen: number;
  components: { kind: 'refund' | 'fraud' | 'promise'; fen: number }[];
}

/**
 * Compares an offer with the demand, and with what the person could claim: the price paid, plus
 * fraud compensation (where fraud is claimed) or the platform's promised multiple, whichever is
 * higher — both rest on the same loss, so they are not added together.
 */
export function assessOffer(input: {
  pricePaidFen: number;
  demandFen?: number;
  offerFen: number;
  fraudClaimed?: boolean;
  promiseMultiplier?: number;
}): OfferAssessment {
  const components: OfferAssessment['components'] = [{ kind: 'refund', fen: input.pricePaidFen }];
  const extras: OfferAssessment['components'] = [];
  if (input.fraudClaimed) extras.push({ kind: 'fraud', fen: fraudCompensationFen(input.pricePaidFen) });
  if (input.promiseMultiplier && input.promiseMultiplier > 0) {
    extras.push({ kind: 'promise', fen: promisedCompensationFen(input.pricePaidFen, input.promiseMultiplier) });
  }
  const best = extras.sort((a, b) => b.fen - a.fen)[0];
  if (best) components.push(best);
  const entitlementFen = components.reduce((sum, c) => sum + c.fen, 0);
  const demandFen = input.demandFen ?? entitlementFen;
  return {
    demandFen,
    offerFen: input.offerFen,
    gapFen: demandFen - input.offerFen,
    coverage: demandFen === 0 ? 1 : Math.min(1, input.offerFen / demandFen),
    entitlementFen,
    components,
  };
}
