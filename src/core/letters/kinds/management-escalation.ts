import { claimModel } from '../../../shared/claims/claim-model';
import type { LetterBuild, MissingFact } from '../../../shared/domain/letter-document';
import { PLATFORM_CHANNELS } from '../../../shared/domain/timeline';
import { letterSections as s, letterText as l } from '../../../shared/messages/letters';
import { narrativeText as n } from '../../../shared/messages/narrative';
import { timelineChannelLabels } from '../../../shared/messages/timeline';
import { chinaDate } from '../../timeline/deadlines';
import { citationParagraphs, citationsFor } from '../legal-basis';
import { sellerLiability } from '../seller-liability';
import { chineseDate } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { problemParagraphs, purchaseParagraph } from '../narrative/case-facts';
import { caseStage } from '../narrative/case-stage';
import { deadlineSentence, demandLines } from '../narrative/demands';
import { eventSentence, offerPhrase } from '../narrative/event-sentence';
import { nextSteps, stepsDone } from '../narrative/steps';
import { complaintVoice } from '../narrative/voice';
import { numberedSections, paragraphs } from '../sections';
import { claimWarnings, complaintPrerequisites } from './cs-email';

/**
 * The letter to management, addressed to the operating company and its brand: when customer
 * service was first asked and under which number, how many working days have passed against its
 * promise, what it answered and offered, what was already done elsewhere (as done, with dates and
 * numbers), the demand with a new deadline, and only the steps still ahead.
 */
export function buildManagementEscalation(context: LetterContext): LetterBuild {
  const missing: MissingFact[] = complaintPrerequisites(context);
  const stage = caseStage(context);
  const first = stage.firstComplaint;
  if (!first) missing.push({ field: 'timeline', message: l.missing.firstComplaint });
  else if (!first.ticket) missing.push({ field: 'timeline.ticketNumber', message: l.missing.firstComplaintTicket });
  if (missing.length > 0 || !first?.ticket) return { ok: false, missing };

  const { record, calendar, today } = context;
  const voice = complaintVoice(record.seller !== undefined);
  const model = claimModel(record);
  const refundDemanded = model.items.some((item) => item.kind === 'refund');
  const elapsed = calendar.workingDaysBetween(chinaDate(first.event.at), today).value;
  const promise = stage.promises.at(-1);
  const answers = stage.contacts.filter((e) => e.direction === 'incoming' && PLATFORM_CHANNELS.includes(e.channel));
  const lastOffer = stage.offers.at(-1);
  const history = [
    s.managementIntro(chineseDate(first.event.at), timelineChannelLabels[first.event.channel], first.ticket, elapsed),
    purchaseParagraph(record, voice),
    ...problemParagraphs(record, voice),
    ...(promise?.deadline
      ? [
          s.managementPromise(
            n.counterpart[promise.channel](voice.platform, promise.agentId ? n.agent(promise.agentId) : ''),
            promise.promisedWorkingDays!,
            chineseDate(promise.deadline.dueDate),
            promise.deadline.overdueWorkingDays,
            promise.deadline.answeredAt && chineseDate(promise.deadline.answeredAt),
          ),
        ]
      : []),
  ];
  const answerLines = answers.length > 0 ? answers.map((e) => eventSentence(e, voice, refundDemanded)) : [s.managementNoAnswer];
  const offer = lastOffer && offerPhrase(lastOffer, refundDemanded, '');
  if (offer) answerLines.push(s.managementLatestOffer(offer));
  return {
    ok: true,
    warnings: claimWarnings(context),
    document: {
      kind: 'management-escalation',
      title: '投诉升级函',
      subject: `投诉升级+${record.order.number}+请求管理层介入`,
      salutation: s.managementOpening(record.platform.name, record.platform.company),
      sections: numberedSections([
        { id: 'history', heading: s.managementHeadings.history, blocks: paragraphs(history) },
        { id: 'answers', heading: s.managementHeadings.answers, blocks: paragraphs(answerLines) },
        { id: 'done', heading: s.managementHeadings.done, blocks: paragraphs(stepsDone(stage, voice)) },
        {
          id: 'demand',
          heading: s.managementHeadings.demand,
          blocks: paragraphs([
            ...demandLines(model, voice, record.order.amountPaidFen),
            deadlineSentence(context, record.demand.deadlineDays!),
            ...citationParagraphs(citationsFor(record, model, 'complaint', sellerLiability(record, stage))),
          ]),
        },
        { id: 'next', heading: s.managementHeadings.next, blocks: paragraphs(nextSteps(stage, voice)) },
      ]),
      signature: {
        label: s.emailSignature,
        name: record.complainant.name,
        date: chineseDate(today),
        lines: [record.complainant.phone ? `联系电话：${record.complainant.phone}` : '', record.complainant.email ? `电子邮箱：${record.complainant.email}` : ''].filter(Boolean),
      },
    },
  };
}
