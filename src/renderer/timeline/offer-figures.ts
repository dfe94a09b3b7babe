import { assessOffer, type OfferAssessment } from '../../shared/claims/compensation';
import { courtFee, type CourtFee } from '../../shared/claims/court-fee';
import type { CaseRecord } from '../../shared/domain/case';
import type { TimelineEventView } from '../../shared/domain/timeline';

export interface OfferFigures {
  assessment: OfferAssessment;
  /** On the whole entitlement: what a lawsuit would claim. */
  fee: CourtFee;
}

/** The other side's latest offer still in the timeline. */
export const latestOffer = (events: TimelineEventView[]): TimelineEventView | undefined =>
  events.findLast((event) => !event.removedAt && event.offerAmountFen !== undefined);

/** The offer weighed against the demand and the claims, with the fee a lawsuit on the claims would cost. */
export function offerFigures(record: Pick<CaseRecord, 'order' | 'demand' | 'claims'>, offerFen: number): OfferFigures {
  const assessment = assessOffer({
    pricePaidFen: record.order.amountPaidFen,
    demandFen: record.demand.amountFen,
    offerFen,
    fraudClaimed: record.claims?.fraud,
    promiseMultiplier: record.claims?.platformPromise?.multiplier,
  });
  return { assessment, fee: courtFee(assessment.entitlementFen) };
}
