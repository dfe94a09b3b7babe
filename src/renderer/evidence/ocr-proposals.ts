import type { CaseFieldProposal, TimelineProposal } from '../../shared/domain/ocr';
import { factsToIntake, type CaseIntake } from '../../shared/domain/intake';
import type { CaseRecord } from '../../shared/domain/case';
import { ocrUiMessages as t } from '../../shared/messages/ocr';
import { fenToInput } from '../../shared/validation/money';
import type { AcceptedIntake } from '../cases/intake-form';
import type { EntryInput } from '../timeline/entry-form';

/**
 * The timeline entry a confirmed proposal becomes: an online-chat contact linked to the screenshot,
 * with the time and summary as the person left them. The offer's kind is named in the summary.
 */
export function proposalToEntry(proposal: TimelineProposal, itemId: string, at: string, summary: string): EntryInput {
  const offer = proposal.offerKind ? t.offer(t.offerKinds[proposal.offerKind], proposal.offerAmountFen === undefined ? undefined : fenToInput(proposal.offerAmountFen)) : undefined;
  return {
    at,
    channel: 'online-cs',
    direction: proposal.direction,
    summary: offer && !summary.includes(offer) ? `${summary}（${offer}）` : summary,
    ...(proposal.agentId ? { agentId: proposal.agentId } : {}),
    ...(proposal.quote ? { quote: proposal.quote } : {}),
    ...(proposal.offerAmountFen !== undefined ? { offerAmount: fenToInput(proposal.offerAmountFen) } : {}),
    ...(proposal.promisedWorkingDays !== undefined ? { promisedWorkingDays: proposal.promisedWorkingDays, promiseSource: '客服承诺' } : {}),
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
