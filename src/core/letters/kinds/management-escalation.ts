import type { LetterBuild, MissingFact } from '../../../shared/domain/letter-document';
import { PLATFORM_CHANNELS } from '../../../shared/domain/timeline';
import { letterSections as s, letterText as l } from '../../../shared/messages/letters';
import { timelineChannelLabels } from '../../../shared/messages/timeline';
import { chinaDate } from '../../timeline/deadlines';
import { citationParagraphs, citationsFor } from '../legal-basis';
import { chineseDate, yuan } from '../letter-format';
import { contacts, type LetterContext } from '../letter-context';
import { contactSentence, deadlineSentence, demandPhrase, purchaseParagraph, problemParagraphs } from '../narrative';
import { filledSections, paragraphs } from '../sections';
import { complaintPrerequisites } from './cs-email';

/** The first complaint to customer service, and the number the platform gave it (on it or on a reply). */
export function firstComplaint(context: LetterContext) {
  const events = contacts(context);
  const first = events.find((e) => e.direction === 'outgoing' && PLATFORM_CHANNELS.includes(e.channel) && e.channel !== 'management');
  if (!first) return undefined;
  const ticket = first.ticketNumber ?? events.find((e) => Date.parse(e.at) >= Date.parse(first.at) && e.ticketNumber)?.ticketNumber;
  return { event: first, ticket };
}

/**
 * The letter to management: when customer service was first asked and under which number, how many
 * working days have passed against its promise, what it answered and offered, the demand with a new
 * deadline, and the next steps stated as facts.
 */
export function buildManagementEscalation(context: LetterContext): LetterBuild {
  const missing: MissingFact[] = complaintPrerequisites(context);
  const first = firstComplaint(context);
  if (!first) missing.push({ field: 'timeline', message: l.missing.firstComplaint });
  else if (!first.ticket) missing.push({ field: 'timeline.ticketNumber', message: l.missing.firstComplaintTicket });
  if (missing.length > 0 || !first?.ticket) return { ok: false, missing };

  const { record, calendar, today } = context;
  const events = contacts(context);
  const elapsed = calendar.workingDaysBetween(chinaDate(first.event.at), today).value;
  const promise = events.filter((e) => e.deadline).at(-1);
  const answers = events.filter((e) => e.direction === 'incoming' && PLATFORM_CHANNELS.includes(e.channel));
  const lastOffer = events.filter((e) => e.offerAmountFen !== undefined).at(-1);
  const history = [
    s.managementIntro(chineseDate(first.event.at), timelineChannelLabels[first.event.channel], first.ticket, elapsed),
    purchaseParagraph(record),
    ...problemParagraphs(record),
    ...(promise?.deadline
      ? [
          s.managementPromise(
            promise.promisedWorkingDays!,
            promise.promiseSource,
            chineseDate(promise.deadline.dueDate),
            promise.deadline.overdueWorkingDays,
            promise.deadline.answeredAt && chineseDate(promise.deadline.answeredAt),
          ),
        ]
      : []),
  ];
  const answerLines = answers.length > 0 ? answers.map(contactSentence) : [s.managementNoAnswer];
  if (lastOffer?.offerAmountFen !== undefined) answerLines.push(s.managementLatestOffer(yuan(lastOffer.offerAmountFen), demandPhrase(record)));
  return {
    ok: true,
    document: {
      kind: 'management-escalation',
      title: '投诉升级函',
      subject: `投诉升级+${record.order.number}+请求管理层介入`,
      salutation: s.managementOpening(record.platform.name),
      sections: filledSections([
        { id: 'history', heading: s.managementHeadings.history, blocks: paragraphs(history) },
        { id: 'answers', heading: s.managementHeadings.answers, blocks: paragraphs(answerLines) },
        {
          id: 'demand',
          heading: s.managementHeadings.demand,
          blocks: paragraphs([`${demandPhrase(record)}。`, deadlineSentence(context, record.demand.deadlineDays!), ...citationParagraphs(citationsFor(record, 'complaint'))]),
        },
        { id: 'next', heading: s.managementHeadings.next, blocks: paragraphs([s.managementNextSteps]) },
      ]),
      signature: {
        label: s.emailSignature,
        name: record.complainant.name,
        date: chineseDate(today),
        lines: [record.complainant.phone ? `联系电话：${record.complainant.phone}` : ''].filter(Boolean),
      },
      draftNote: l.draftNote,
    },
  };
}
