import { assessOffer, claimModel, type ClaimModel, type OfferAssessment } from '../../shared/claims/claim-model';
import { courtFee, type CourtFee } from '../../shared/claims/court-fee';
import type { CaseRecord } from '../../shared/domain/case';
import type { OfferKind, TimelineEventView } from '../../shared/domain/timeline';

export interface OfferFigures {
  /** What the case demands: the same items and total as every document. */
  model: ClaimModel;
  assessment: OfferAssessment;
  /** On the claim model's total: what a lawsuit would claim. */
  fee: CourtFee;
}

/** The other side's latest offer still in the timeline (money, a coupon, a redelivery…). */
export const latestOffer = (events: TimelineEventView[]): TimelineEventView | undefined =>
  events.findLast((event) => !event.removedAt && (event.offerAmountFen !== undefined || event.offerKind !== undefined));

/** An offer weighed against the claim model, with the fee a lawsuit on its total would cost. */
export function offerFigures(record: Pick<CaseRecord, 'order' | 'problem' | 'demand' | 'claims'>, offer: { kind?: OfferKind; fen?: number }): OfferFigures {
  const model = claimModel(record);
  return { model, assessment: assessOffer(model, offer, record.order.amountPaidFen), fee: courtFee(model.totalFen) };
}
