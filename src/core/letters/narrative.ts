import type { CaseRecord } from '../../shared/domain/case';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { TimelineEventView } from '../../shared/domain/timeline';
import { letterText as l, problemSentence } from '../../shared/messages/letters';
import { timelineChannelLabels } from '../../shared/messages/timeline';
import { chineseDate, chineseDateTime, yuan } from './letter-format';
import { contacts, type LetterContext } from './letter-context';

/** The purchase, in one sentence with its payment details. */
export function purchaseParagraph(record: CaseRecord): string {
  const { order, platform } = record;
  const where = platform.url ? `${platform.name}（${platform.url}）` : platform.name;
  const sentence = l.purchase(chineseDateTime(order.purchasedAt), where, order.product ?? '', order.number, yuan(order.amountPaidFen));
  const payment = l.payment(order.paymentMethod, order.paymentRef);
  return payment ? `${sentence.slice(0, -1)}，${payment}。` : sentence;
}

/** What went wrong, with the person's own description. */
export function problemParagraphs(record: CaseRecord): string[] {
  return [problemSentence[record.problem.type], ...(record.problem.description ? [l.details(record.problem.description)] : [])];
}

/** One sentence per contact with the platform or a third party, in time order. */
export function contactSentence(event: TimelineEventView): string {
  const at = chineseDateTime(event.at);
  const channel = timelineChannelLabels[event.channel];
  const head =
    event.direction === 'outgoing'
      ? l.contactOutgoing(at, l.outgoingHow[event.channel], stripEnd(event.summary))
      : l.contactIncoming(at, `${channel}${event.agentId ? l.agent(event.agentId) : ''}`, stripEnd(event.summary));
  const tail = [
    event.quote ? l.quote(event.quote) : '',
    event.ticketNumber ? l.ticket(event.ticketNumber) : '',
    event.offerAmountFen !== undefined ? l.offer(yuan(event.offerAmountFen)) : '',
    event.promisedWorkingDays !== undefined ? l.promise(event.promisedWorkingDays, event.promiseSource) : '',
  ].join('');
  return `${head}${tail}。`;
}

const stripEnd = (text: string) => text.replace(/[。．.！!；;，,\s]+$/u, '');

/** The contacts in one sentence naming the channels used, for forms with little room. */
export function contactsSummary(context: LetterContext): string[] {
  const channels = [...new Set(contacts(context).filter((e) => e.direction === 'outgoing').map((e) => timelineChannelLabels[e.channel]))];
  return channels.length > 0 ? [l.contactsSummary(channels.join('、'))] : [];
}

/** The facts in time order: purchase, problem, then every contact. */
export function factParagraphs(context: LetterContext): string[] {
  return [purchaseParagraph(context.record), ...problemParagraphs(context.record), ...contacts(context).map(contactSentence)];
}

/** The demand in words, e.g. 退还本人已支付的货款98.00元. */
export function demandPhrase(record: CaseRecord): string {
  const amount = record.demand.amountFen ?? record.order.amountPaidFen;
  switch (record.demand.type ?? 'refund') {
    case 'refund':
      return l.demand.refund(yuan(amount));
    case 'compensation':
      return l.demand.compensation(yuan(amount));
    case 'redeliver':
      return l.demand.redeliver;
    default:
      return l.demand.other;
  }
}

/** The deadline sentence for a demand made today, counted in working days. */
export function deadlineSentence(context: LetterContext, days: number): string {
  const due = context.calendar.addWorkingDays(context.today, days);
  return l.deadline(days, chineseDate(due.value), due.approximate);
}

/** 证据1：订单支付截图，证明… — one line per exhibit. */
export const evidenceLines = (evidence: readonly EvidenceView[]): string[] =>
  evidence.map((item) => l.exhibit(item.exhibitNumber ?? 0, item.title, item.purpose));
