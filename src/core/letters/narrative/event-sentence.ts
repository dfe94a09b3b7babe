import type { TimelineEventView } from '../../../shared/domain/timeline';
import { narrativeText as n } from '../../../shared/messages/narrative';
import { chineseDate, chineseDateTime, yuan } from '../letter-format';
import { normaliseChineseText } from './chinese-text';
import { opensWithVerb, summaryContent } from './summary-content';
import type { Voice } from './voice';

/** The promise's source, unless it only says that it was promised (客服承诺). */
const promiseBasis = (source?: string) => (source && !source.includes('承诺') ? n.promiseBasis(normaliseChineseText(source)) : '');

/** The other side's offer, by its kind; an entry from before offer kinds has its amount only. */
export function offerPhrase(event: TimelineEventView, refundDemanded: boolean, content: string): string {
  const amount = event.offerAmountFen === undefined ? '' : yuan(event.offerAmountFen);
  if (!event.offerKind) return amount ? n.offerAmountOnly(amount) : '';
  const phrase = n.offer[event.offerKind](amount);
  // Said only where it follows from the offer and the person's words do not already say it.
  const noRefund = refundDemanded && (event.offerKind === 'coupon' || event.offerKind === 'redelivery') && !content.includes('退款');
  return `${phrase}${noRefund ? n.noRefund : ''}`;
}

/**
 * One contact told from its fields: when, who acted on which channel, the ticket, what was said
 * (the summary as content only), the other side's words, its offer by kind and its promise with the
 * date it runs to. A promise or an offer is always the other side's, even on the person's own entry.
 * Forms with little room may leave the other side's verbatim words out (`quote: false`).
 *
 * @example eventSentence(incomingPromise, COMPLAINT_VOICE, true)
 * // '2024年5月21日10时5分，平台在线客服（工号KF8848）答复，告知工单号为GD20240521007，承诺3个工作日内（即2024年5月24日前）处理，原话为“已为您登记，请耐心等待”。'
 */
export function eventSentence(event: TimelineEventView, voice: Voice, refundDemanded: boolean, { quote = true }: { quote?: boolean } = {}): string {
  const p = voice.platform;
  const agent = event.agentId ? n.agent(event.agentId) : '';
  const content = summaryContent(event);
  const parts: string[] = [`${chineseDateTime(event.at)}，`];
  if (event.direction === 'incoming') {
    parts.push(n.incomingWho[event.channel](p, agent));
    if (event.ticketNumber) parts.push(n.ticketGiven(event.channel, event.ticketNumber));
    if (content) parts.push(opensWithVerb(content) ? `，${content}` : n.said(content));
  } else {
    parts.push(voice.self);
    const ticket = event.ticketNumber ? n.ticketOwn(event.channel, event.ticketNumber) : '';
    const via = n.outgoingVia[event.channel](p);
    const act = n.outgoingAct[event.channel](p);
    // The number belongs to the act: after it when the act is told whole, else after the first clause of what was said.
    const [first, ...rest] = content.split('，');
    const said = [`${first}${ticket}`, ...rest].join('，');
    if (!content) parts.push(`${act}${ticket}`);
    else if (via.endsWith('，')) parts.push(`${via.slice(0, -1)}${ticket}，${opensWithVerb(content) ? content : n.said(content).slice(1)}`);
    else if (opensWithVerb(content)) parts.push(`${via}${said}`);
    // No verb of its own: what was raised.
    else parts.push(`${act}：${said}`);
    if (event.replyBy) parts.push(n.replyBy(chineseDate(event.replyBy)));
  }
  // On the person's own entry the offer and the promise need their author named.
  const author = event.direction === 'incoming' ? '' : n.counterpart[event.channel](p, agent);
  const offer = offerPhrase(event, refundDemanded, content);
  if (offer) parts.push(`，${author}${offer}`);
  if (event.promisedWorkingDays !== undefined && event.deadline) {
    parts.push(`，${offer ? '并' : author}${n.promise(event.promisedWorkingDays, chineseDate(event.deadline.dueDate))}${promiseBasis(event.promiseSource)}`);
  }
  if (quote && event.quote) parts.push(n.quote(normaliseChineseText(event.quote)));
  return `${parts.join('')}。`;
}
