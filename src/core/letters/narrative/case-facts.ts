import type { CaseRecord } from '../../../shared/domain/case';
import { letterText as l, problemSentence } from '../../../shared/messages/letters';
import { chineseDateTime, yuan } from '../letter-format';
import { normaliseChineseText } from './chinese-text';
import type { Voice } from './voice';

/** The platform as documents name it where it is first mentioned: its name and web address. */
export const platformWhere = (record: CaseRecord): string => (record.platform.url ? `${record.platform.name}（${record.platform.url}）` : record.platform.name);

/**
 * The purchase in one sentence, with its payment details and, on a marketplace, the shop that sold
 * it. `masked` hides all but the last four digits of the payment serial (text for a public site).
 */
export function purchaseParagraph(record: CaseRecord, voice: Voice, masked = false): string {
  const { order, seller } = record;
  const sentence = l.purchase(voice.self, chineseDateTime(order.purchasedAt), platformWhere(record), order.product ?? '', order.number, yuan(order.amountPaidFen));
  const payment = masked && order.paymentRef ? l.paymentMasked(order.paymentMethod, order.paymentRef.slice(-4)) : l.payment(order.paymentMethod, order.paymentRef);
  const purchase = payment ? `${sentence.slice(0, -1)}，${payment}。` : sentence;
  return seller ? `${purchase}${l.soldBy(seller.name, seller.operator)}` : purchase;
}

/** What went wrong, with the person's own description in full-width punctuation. */
export function problemParagraphs(record: CaseRecord, voice: Voice): string[] {
  const { description } = record.problem;
  return [problemSentence[record.problem.type](voice.self, voice.seller), ...(description ? [l.details(normaliseChineseText(description))] : [])];
}
