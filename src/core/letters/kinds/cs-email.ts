import { claimModel } from '../../../shared/claims/claim-model';
import type { LetterBuild, MissingFact } from '../../../shared/domain/letter-document';
import { claimWarningText } from '../../../shared/messages/claims';
import { complaintCause, letterSections as s, letterText as l, stageText as st } from '../../../shared/messages/letters';
import { narrativeText as n } from '../../../shared/messages/narrative';
import { timelineChannelLabels } from '../../../shared/messages/timeline';
import { citationParagraphs, citationsFor } from '../legal-basis';
import { sellerLiability } from '../seller-liability';
import { chinaDate } from '../../timeline/deadlines';
import { chineseDate } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { problemParagraphs, purchaseParagraph } from '../narrative/case-facts';
import { caseStage, type CaseStage, type StepTaken } from '../narrative/case-stage';
import { deadlineSentence, demandLines } from '../narrative/demands';
import { eventSentence } from '../narrative/event-sentence';
import { nextSteps } from '../narrative/steps';
import { complaintVoice } from '../narrative/voice';
import { evidenceLines } from '../narrative/exhibits';
import { numberedSections, paragraphs } from '../sections';

/** What a complaint to the platform cannot do without. */
export function complaintPrerequisites({ record }: LetterContext): MissingFact[] {
  const missing: MissingFact[] = [];
  if (!record.complainant.phone) missing.push({ field: 'complainant.phone', message: l.missing.phone });
  if (!record.order.product) missing.push({ field: 'order.product', message: l.missing.product });
  if (!record.demand.type) missing.push({ field: 'demand.type', message: l.missing.demandType });
  if (record.demand.type === 'compensation' && record.demand.amountFen === undefined) {
    missing.push({ field: 'demand.amount', message: l.missing.demandAmount });
  }
  if (record.demand.deadlineDays === undefined) missing.push({ field: 'demand.deadlineDays', message: l.missing.deadlineDays });
  return missing;
}

/** The claim model's warnings in words, shown beside every document that makes the demand. */
export const claimWarnings = (context: LetterContext): string[] => claimModel(context.record).warnings.map(claimWarningText);

const ticketOf = (step: StepTaken) => st.ticket(step.ticket);

/**
 * The opening of a second e-mail (催告): the first one's date and number and the deadline it missed:
 * the reply date it stated (a letter marked sent records it), else a promise the other side made
 * after it, else the demand's working days counted from the day it was sent.
 */
function reminderIntro(context: LetterContext, stage: CaseStage, first: StepTaken): string {
  const { record, calendar, today } = context;
  const voice = complaintVoice(record.seller !== undefined);
  const promise = stage.promises.filter((e) => Date.parse(e.at) >= Date.parse(first.event.at)).at(-1);
  const due =
    first.event.replyBy ??
    promise?.deadline?.dueDate ??
    (record.demand.deadlineDays === undefined ? undefined : calendar.addWorkingDays(chinaDate(first.event.at), record.demand.deadlineDays).value);
  const overdue = due && due < today ? calendar.workingDaysBetween(due, today).value : 0;
  const missed = !due || overdue === 0
    ? st.stillOpen
    : promise && !first.event.replyBy
      ? st.missedPromise(n.counterpart[promise.channel]('贵平台', promise.agentId ? n.agent(promise.agentId) : ''), chineseDate(due), overdue)
      : st.missedDemand(chineseDate(due), overdue);
  return `${st.emailed(voice.self, chineseDate(first.event.at), ticketOf(first))}${missed}${st.reminderClose}`;
}

/**
 * The complaint e-mail to customer service: subject `投诉+订单号+事由`, the four parts and the
 * evidence list. After an earlier e-mail it is a 催告 citing that one; after a chat or a call it
 * says the matter was raised before.
 */
export function buildCsEmail(context: LetterContext): LetterBuild {
  const missing = complaintPrerequisites(context);
  if (missing.length > 0) return { ok: false, missing };
  const { record } = context;
  const { platform, complainant, seller } = record;
  const voice = complaintVoice(record.seller !== undefined);
  const model = claimModel(record);
  const stage = caseStage(context);
  const [firstEmail] = stage.emails;
  const cause = complaintCause[record.problem.type];
  const earlier = stage.firstComplaint;
  const intro = firstEmail
    ? reminderIntro(context, stage, firstEmail)
    : earlier
      ? st.contactedBefore(voice.self, chineseDate(earlier.event.at), `通过${timelineChannelLabels[earlier.event.channel]}`, ticketOf(earlier))
      : s.emailIntro;
  const refundDemanded = model.items.some((item) => item.kind === 'refund');
  return {
    ok: true,
    warnings: claimWarnings(context),
    document: {
      kind: 'cs-email',
      title: firstEmail ? s.reminderTitle(record.order.number) : s.complaintTitle(record.order.number),
      subject: firstEmail ? s.reminderSubject(record.order.number, cause) : s.complaintSubject(record.order.number, cause),
      salutation: seller ? s.emailOpeningWithShop(platform.name, seller.name) : s.emailOpening(platform.name),
      sections: numberedSections([
        { id: 'intro', blocks: paragraphs([intro]) },
        { id: 'complainant', heading: s.complainant, blocks: paragraphs(s.complainantLines(complainant.name, complainant.phone, complainant.account, complainant.email)) },
        {
          id: 'respondent',
          heading: s.respondent,
          blocks: paragraphs([...s.respondentLines(platform.name, platform.company, platform.creditCode), ...(seller ? s.sellerLines(seller.name, seller.operator, seller.contact) : [])]),
        },
        {
          id: 'facts',
          heading: s.facts,
          blocks: paragraphs([purchaseParagraph(record, voice), ...problemParagraphs(record, voice), ...stage.contacts.map((e) => eventSentence(e, voice, refundDemanded))]),
        },
        { id: 'demand', heading: s.demand, blocks: paragraphs([...demandLines(model, voice, record.order.amountPaidFen), deadlineSentence(context, record.demand.deadlineDays!)]) },
        { id: 'basis', heading: s.basis, blocks: paragraphs(citationParagraphs(citationsFor(record, model, 'complaint', sellerLiability(record, stage)))) },
        // A first complaint asks; a reminder also says what follows if it goes unanswered.
        { id: 'next', heading: s.next, blocks: paragraphs(firstEmail ? nextSteps(stage, voice) : []) },
        { id: 'evidence', heading: s.evidence, blocks: context.evidence.length > 0 ? [{ type: 'list', items: evidenceLines(context.evidence) }] : [] },
        { id: 'closing', blocks: paragraphs([s.emailClosing]) },
      ]),
      signature: {
        label: s.emailSignature,
        name: complainant.name,
        date: chineseDate(context.today),
        lines: [complainant.phone ? `联系电话：${complainant.phone}` : '', complainant.email ? `电子邮箱：${complainant.email}` : ''].filter(Boolean),
      },
    },
  };
}
