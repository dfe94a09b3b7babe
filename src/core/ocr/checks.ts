import type { CaseRecord } from '../../shared/domain/case';
import type { EvidenceElement } from '../../shared/domain/evidence';
import type { OcrClassification, OcrFact, OcrLabelProposal, OcrMismatch } from '../../shared/domain/ocr';
import { formatFen } from '../../shared/validation/money';

const RESULT_WORDS = /未完成|已完成|已退款|退款成功|交易关闭|失败|无效|处理结果|已处理|未到账|已到账|驳回|拒绝/;

const fullTimes = (facts: readonly OcrFact[]) => facts.filter((f) => f.kind === 'date-time' && !f.timeOnly);

/**
 * The labels a reading proposes for its item: category and title (from the classification), which of
 * the facts a court asks for are visible, the four elements the text covers, and the capture time —
 * the order or payment time of an order page, else the latest date-time the screenshot shows (a chat's
 * last message), which is the earliest the screenshot can have been taken. An image without text
 * gets no proposal.
 */
export function proposeLabels(facts: readonly OcrFact[], classification: OcrClassification | undefined, text: string): OcrLabelProposal {
  // Nothing read (a photo without text, a blank image): nothing to say about it.
  if (!text.trim()) return {};
  const has = (kind: OcrFact['kind']) => facts.some((f) => f.kind === kind);
  const times = fullTimes(facts);
  const elements: EvidenceElement[] = [];
  if (times.length > 0) elements.push('time');
  if (has('agent') || has('company') || has('account')) elements.push('parties');
  if (has('order-number') || has('amount') || has('card-key') || has('error') || has('payment-ref')) elements.push('event');
  if (has('error') || RESULT_WORDS.test(text)) elements.push('result');
  const latest = times.map((f) => f.value).sort().at(-1);
  const orderTime = times.filter((f) => f.role === 'order' || f.role === 'payment').map((f) => f.value).sort().at(-1);
  const capturedAt = classification?.category === 'transaction' && orderTime ? orderTime : latest;
  return {
    ...(classification ? { category: classification.category, title: classification.title } : {}),
    screenshot: { orderNumberVisible: has('order-number'), timestampVisible: times.length > 0, userIdVisible: has('account') },
    elements,
    ...(capturedAt ? { capturedAt, capturedAtSource: 'ocr' as const } : {}),
  };
}

const sameId = (a: string, b: string) => a.replace(/[\s-]/g, '').toUpperCase() === b.replace(/[\s-]/g, '').toUpperCase();

/**
 * Where a screenshot contradicts the case: another order number, another amount paid, another
 * account. Each is worth a second look before the evidence goes to a court or a regulator.
 */
export function findMismatches(facts: readonly OcrFact[], record: CaseRecord): OcrMismatch[] {
  const mismatches: OcrMismatch[] = [];
  const orderNumbers = facts.filter((f) => f.kind === 'order-number');
  const expectedNumber = record.order.number.trim();
  if (expectedNumber && orderNumbers.length > 0 && !orderNumbers.some((f) => sameId(f.value, expectedNumber))) {
    const first = orderNumbers[0]!;
    mismatches.push({ field: 'order-number', read: first.value, expected: expectedNumber, line: first.line });
  }
  const paid = facts.filter((f) => f.kind === 'amount' && f.role === 'paid' && f.amountFen !== undefined);
  if (record.order.amountPaidFen > 0 && paid.length > 0 && !paid.some((f) => f.amountFen === record.order.amountPaidFen)) {
    const first = paid[0]!;
    mismatches.push({ field: 'amount', read: formatFen(first.amountFen!), expected: formatFen(record.order.amountPaidFen), line: first.line });
  }
  const account = record.complainant.account?.trim();
  const accounts = facts.filter((f) => f.kind === 'account' && !f.value.includes('*'));
  if (account && accounts.length > 0 && !accounts.some((f) => sameId(f.value, account))) {
    const first = accounts[0]!;
    mismatches.push({ field: 'account', read: first.value, expected: account, line: first.line });
  }
  return mismatches;
}
