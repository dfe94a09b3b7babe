import type { CaseFieldProposal, TimelineProposal } from '../../shared/domain/ocr';
import { factsToIntake, type CaseIntake } from '../../shared/domain/intake';
import type { CaseRecord } from '../../shared/domain/case';
import type { OfferKind } from '../../shared/domain/timeline';
import { ocrUiMessages as t } from '../../shared/messages/ocr';
import { offerKindLabels } from '../../shared/messages/offers';
import { fenToInput } from '../../shared/validation/money';
import type { AcceptedIntake } from '../cases/intake-form';
import type { EntryInput } from '../timeline/entry-form';

/** Kinds that say nothing without their amount: the timeline refuses them without one. */
const NEEDS_AMOUNT: readonly OfferKind[] = ['partial-refund', 'coupon'];

/**
 * The timeline entry a confirmed proposal becomes: an online-chat contact linked to the screenshot,
 * with the time and summary as the person left them, the agent's words, the promise and the offer
 * with its kind and amount. An offer whose amount was not read (部分退款 without a figure) keeps its
 * kind in the summary only, since the entry cannot carry it without the amount.
 */
export function proposalToEntry(proposal: TimelineProposal, itemId: string, at: string, summary: string): EntryInput {
  const amount = proposal.offerAmountFen === undefined ? undefined : fenToInput(proposal.offerAmountFen);
  const kind = proposal.offerKind && (amount !== undefined || !NEEDS_AMOUNT.includes(proposal.offerKind)) ? proposal.offerKind : undefined;
  const unrecorded = proposal.offerKind && !kind ? t.offer(offerKindLabels[proposal.offerKind]) : undefined;
  return {
    at,
    channel: 'online-cs',
    direction: proposal.direction,
    summary: unrecorded && !summary.includes(unrecorded) ? `${summary}（${unrecorded}）` : summary,
    ...(proposal.agentId ? { agentId: proposal.agentId } : {}),
    ...(proposal.quote ? { quote: proposal.quote } : {}),
    ...(amount !== undefined ? { offerAmount: amount } : {}),
    ...(kind ? { offerKind: kind } : {}),
    ...(proposal.promisedWorkingDays !== undefined ? { promisedWorkingDays: proposal.promisedWorkingDays, promiseSource: t.promiseSource } : {}),
    evidence: [itemId],
  };
}

/** The case's intake with one proposed field filled in, for `cases:update` (which validates it like the form). */
export function intakeWithField(record: CaseRecord, proposal: CaseFieldProposal): AcceptedIntake {
  const intake = factsToIntake(record);
  const [group, key] = proposal.field.split('.') as [keyof CaseIntake, string];
  const section = { ...(intake[group] as Record<string, unknown>), [key]: proposal.value };
  return { ...intake, [group]: section } as AcceptedIntake;
}
