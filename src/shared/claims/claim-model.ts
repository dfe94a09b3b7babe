import type { CaseClaims, CaseFacts, ProblemType } from '../domain/case';
import type { OfferKind } from '../domain/timeline';
import type { LegalBasis } from './legal-basis';

/** 消费者权益保护法 第55条第1款: on fraud, extra compensation of three times the price paid, at least 500 元. */
export const FRAUD_MULTIPLIER = 3;
export const FRAUD_MINIMUM_FEN = 500_00;

export function fraudCompensationFen(pricePaidFen: number): number {
  return Math.max(FRAUD_MULTIPLIER * pricePaidFen, FRAUD_MINIMUM_FEN);
}

/**
 * A platform promise such as 假一赔三 binds the platform where it is more favourable to the consumer
 * (消保法 第44条第1款): the promised multiple of the price paid.
 */
export function promisedCompensationFen(pricePaidFen: number, multiplier: number): number {
  return Math.round(pricePaidFen * multiplier);
}

export type ClaimItemKind = 'refund' | 'redelivery' | 'statutory-multiple' | 'promised-multiple' | 'loss';

/** One demand: what it is, how much (0 for the goods delivered again), and the articles it rests on. */
export interface ClaimItem {
  kind: ClaimItemKind;
  fen: number;
  basis: LegalBasis[];
  /** The promise's words (promised-multiple) or what the loss is (loss). */
  text?: string;
  multiplier?: number;
  /** statutory-multiple: three times the price fell short of 500 元, so 500 元 is claimed. */
  minimumApplied?: boolean;
  /** loss: the person did not list it; it is the part of a compensation demand nothing else explains. */
  unitemised?: boolean;
}

/** A figure that looks wrong before any document asks for it; shown, never silently corrected. */
export type ClaimWarning =
  | { kind: 'multiple-without-basis'; demandFen: number; multiple: number }
  | { kind: 'loss-not-itemised'; lossFen: number; priceFen: number }
  | { kind: 'demand-below-total'; demandFen: number; totalFen: number }
  | { kind: 'demand-differs'; demandFen: number; totalFen: number }
  | { kind: 'refund-above-price'; demandFen: number; priceFen: number };

export interface ClaimModel {
  /** In the order documents list them: the refund or redelivery, the multiple, the other losses. */
  items: ClaimItem[];
  /** The sum of the items: the one total every document demands. */
  totalFen: number;
  /** A multiple not added because the other, higher one compensates the same loss. */
  notAdded?: ClaimItem;
  warnings: ClaimWarning[];
}

/** Delivered goods that do not work as agreed: 消保法 第24条 gives a right to return them. */
const NONCONFORMING: readonly ProblemType[] = ['invalid-card-key', 'wrong-delivery'];

export type ClaimFacts = Pick<CaseFacts, 'order' | 'problem' | 'demand'> & { claims?: CaseClaims };

/**
 * The one decision of what a case demands, used by every document, the offer evaluation and the CLI:
 * the price back (or the goods again), the statutory multiple for fraud or the platform's promised
 * multiple — the higher of the two, as both compensate the same loss — and losses beyond the price,
 * each with its legal basis, each counted once.
 *
 * A compensation demand is read as a total: what the refund and the multiple do not explain is a
 * further loss (民法典 第584条), which should be listed; implausible figures raise warnings.
 *
 * @example claimModel(record).totalFen // the same in the e-mail, the 12315 form and the 起诉状
 */
export function claimModel(facts: ClaimFacts): ClaimModel {
  const price = facts.order.amountPaidFen;
  const type = facts.demand.type ?? 'refund';
  const demandFen = facts.demand.amountFen;
  const warnings: ClaimWarning[] = [];
  const items: ClaimItem[] = [];

  if (type === 'refund' || type === 'compensation') {
    const asked = type === 'refund' && demandFen !== undefined ? demandFen : price;
    if (asked > price) warnings.push({ kind: 'refund-above-price', demandFen: asked, priceFen: price });
    const basis: LegalBasis[] = ['civil577', ...(NONCONFORMING.includes(facts.problem.type) ? (['consumer24'] as const) : [])];
    items.push({ kind: 'refund', fen: Math.min(asked, price), basis });
  } else if (type === 'redeliver') {
    items.push({ kind: 'redelivery', fen: 0, basis: facts.problem.type === 'not-delivered' ? ['civil577', 'ecommerce51'] : ['civil577'] });
  }

  const multiples: ClaimItem[] = [];
  if (facts.claims?.fraud) {
    const fen = fraudCompensationFen(price);
    multiples.push({ kind: 'statutory-multiple', fen, basis: ['consumer55'], multiplier: FRAUD_MULTIPLIER, minimumApplied: fen === FRAUD_MINIMUM_FEN && FRAUD_MULTIPLIER * price < FRAUD_MINIMUM_FEN });
  }
  const promise = facts.claims?.platformPromise;
  if (promise) {
    multiples.push({ kind: 'promised-multiple', fen: promisedCompensationFen(price, promise.multiplier), basis: ['consumer44Promise'], text: promise.text, multiplier: promise.multiplier });
  }
  // The higher one; on a tie the statute, which needs no proof of the promise.
  const [multiple, notAdded] = [...multiples].sort((a, b) => b.fen - a.fen);
  if (multiple) items.push(multiple);

  const listed = facts.claims?.losses ?? [];
  for (const loss of listed) items.push({ kind: 'loss', fen: loss.amountFen, basis: ['civil584'], text: loss.text });

  const explained = items.reduce((sum, item) => sum + item.fen, 0);
  if (type === 'compensation' && demandFen !== undefined) {
    const rest = demandFen - explained;
    if (listed.length === 0 && rest > 0) {
      items.push({ kind: 'loss', fen: rest, basis: ['civil584'], unitemised: true });
      const multipleOfPrice = demandFen / price;
      if (!multiple && Number.isInteger(multipleOfPrice) && multipleOfPrice >= 2) warnings.push({ kind: 'multiple-without-basis', demandFen, multiple: multipleOfPrice });
      else if (rest > price) warnings.push({ kind: 'loss-not-itemised', lossFen: rest, priceFen: price });
    } else if (rest < 0) {
      warnings.push({ kind: 'demand-below-total', demandFen, totalFen: explained });
    } else if (rest > 0) {
      warnings.push({ kind: 'demand-differs', demandFen, totalFen: explained });
    }
  }

  return { items, totalFen: items.reduce((sum, item) => sum + item.fen, 0), ...(notAdded ? { notAdded } : {}), warnings };
}

/** What an offer is worth against a money demand: only money back counts; a coupon is not cash. */
export function offerCashFen(offer: { kind?: OfferKind; fen?: number }, pricePaidFen: number): number {
  switch (offer.kind) {
    case 'refund':
      return offer.fen ?? pricePaidFen;
    case 'partial-refund':
      return offer.fen ?? 0;
    case 'coupon':
    case 'redelivery':
    case 'other':
      return 0;
    default:
      // Recorded before offers had a kind: the amount is all there is to go by.
      return offer.fen ?? 0;
  }
}

export interface OfferAssessment {
  /** The claim model's total. */
  demandFen: number;
  /** What the offer is worth in money. */
  cashFen: number;
  /** demand − cash; positive when the offer falls short. */
  gapFen: number;
  /** Share of the demand the offer covers, 0–1. */
  coverage: number;
}

/**
 * An offer weighed against what the case demands: money against the total; a redelivery meets a
 * demand to deliver again (and nothing of a money demand).
 */
export function assessOffer(model: ClaimModel, offer: { kind?: OfferKind; fen?: number }, pricePaidFen: number): OfferAssessment {
  const cashFen = offerCashFen(offer, pricePaidFen);
  const redeliveryAsked = model.items.some((item) => item.kind === 'redelivery');
  const demandFen = model.totalFen;
  const coverage =
    demandFen === 0 ? (redeliveryAsked && offer.kind !== 'redelivery' ? 0 : 1) : Math.min(1, cashFen / demandFen);
  return { demandFen, cashFen, gapFen: demandFen - cashFen, coverage };
}
