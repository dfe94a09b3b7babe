import type { CaseRecord } from '../../../shared/domain/case';
import { letterText as l, problemSentence } from '../../../shared/messages/letters';
import { chineseDateTime, yuan } from '../letter-format';
import { normaliseChineseText } from './chinese-text';
import type { Voice } from './voice';

/**
 * An address as every document writes it, the same way each time: without the spaces people type
 * between Chinese and numbers (五常大道 168 号 → 五常大道168号).
 */
export const postalAddress = (address: string): string => normaliseChineseText(address);

/** The platform as documents name it where it is first mentioned: its name and web address. */
export const platformWhere = (record: CaseRecord): string => (record.platform.url ? `${record.platform.name}（${record.platform.url}）` : record.platform.name);

/**
 * How the payment is told: in full, with the serial's last four digits only (text for a public
 * site), or not at all (a form that has little room and asks for the order in fields of its own).
 */
export type PaymentDetail = 'full' | 'masked' | 'none';

/** The purchase in one sentence, with its payment details and, on a marketplace, the shop that sold it. */
export function purchaseParagraph(record: CaseRecord, voice: Voice, detail: PaymentDetail = 'full'): string {
  const { order, seller } = record;
  const sentence = l.purchase(voice.self, chineseDateTime(order.purchasedAt), platformWhere(record), order.product ?? '', order.number, yuan(order.amountPaidFen));
  const payment =
    detail === 'none' ? '' : detail === 'masked' && order.paymentRef ? l.paymentMasked(order.paymentMethod, order.paymentRef.slice(-4)) : l.payment(order.paymentMethod, order.paymentRef);
  const purchase = payment ? `${sentence.slice(0, -1)}，${payment}。` : sentence;
  return seller ? `${purchase}${l.soldBy(seller.name, seller.operator)}` : purchase;
}

/** What went wrong, with the person's own description in full-width punctuation. */
export function problemParagraphs(record: CaseRecord, voice: Voice): string[] {
  const { description } = record.problem;
  return [problemSentence[record.problem.type](voice.self, voice.seller), ...(description ? [l.details(normaliseChineseText(description))] : [])];
}
