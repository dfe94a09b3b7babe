import type { CaseRecord } from '../../shared/domain/case';
import type { CaseFieldProposal, OcrFact, OcrLine, TimelineProposal } from '../../shared/domain/ocr';
import { ocrProposalMessages as m } from '../../shared/messages/ocr';
import { fenToInput } from '../../shared/validation/money';

interface Message {
  side: 'incoming' | 'outgoing';
  lines: number[];
  text: string;
  at?: string;
}

const GREETING_ONLY = /^(您好|你好|在吗|在的|嗯|好的|谢谢|亲)[!！。,，~？?]*$/;
const DEMAND = /退款|投诉|赔偿|补发|卡密|无效|未到账|处理|要求/;
const OFFER = /退款|退还|返还|优惠券|代金券|红包|补偿|补发|重新发货|重发|重新充值/;

/**
 * Bubbles starting at the left margin are the platform's, those pushed to the right the person's;
 * centred lines are times or notices.
 */
export function chatSide(line: OcrLine, width: number): Message['side'] | undefined {
  const middle = line.box.x + line.box.width / 2;
  if (Math.abs(middle - width / 2) < width * 0.06 && line.box.width < width * 0.4) return undefined;
  if (line.box.x < width * 0.2) return 'incoming';
  if (line.box.x + line.box.width > width * 0.55) return 'outgoing';
  return undefined;
}

/** Groups a chat's lines into messages (a bubble may wrap over several lines), each with the latest chat time above it. */
function messagesOf(lines: readonly OcrLine[], facts: readonly OcrFact[], width: number, height: number): Message[] {
  const messages: Message[] = [];
  let at: string | undefined;
  let previous: { side: Message['side']; bottom: number; height: number } | undefined;
  lines.forEach((line, index) => {
    const times = facts.filter((f) => f.line === index && f.kind === 'date-time');
    const chatTime = times.find((f) => f.role === 'chat' && !f.timeOnly);
    if (chatTime) {
      at = chatTime.value;
      previous = undefined;
      return;
    }
    if (times.some((f) => f.role === 'status-bar' || f.role === 'chat') || line.box.y < height * 0.08) return;
    const side = chatSide(line, width);
    if (!side) {
      previous = undefined;
      return;
    }
    const last = messages.at(-1);
    const continues = last && previous?.side === side && line.box.y - previous.bottom < previous.height * 1.2;
    if (continues) {
      last.lines.push(index);
      last.text += line.text;
    } else messages.push({ side, lines: [index], text: line.text, ...(at ? { at } : {}) });
    previous = { side, bottom: line.box.y + line.box.height, height: line.box.height };
  });
  return messages;
}

/**
 * What an agent's offer is. Money comes first: "部分退款63.00元，或补发一张新卡密" is a refund of part
 * of the price (the amount is the refund's), the alternative stays in the quote. A refund of less than
 * the price paid is a partial one.
 */
export function offerKindOf(text: string, amountFen: number | undefined, paidFen: number): TimelineProposal['offerKind'] | undefined {
  if (!OFFER.test(text)) return undefined;
  const refund = /退款|退还|返还/.test(text);
  const partial = /部分退款|退还部分|部分/.test(text) || (amountFen !== undefined && paidFen > 0 && amountFen < paidFen);
  if (refund && amountFen !== undefined) return partial ? 'partial-refund' : 'refund';
  if (/优惠券|代金券|红包|积分/.test(text)) return 'coupon';
  if (/补发|重新发货|重发|重新充值/.test(text)) return 'redelivery';
  if (refund) return partial ? 'partial-refund' : 'refund';
  return 'other';
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Timeline entries a chat screenshot suggests: what the platform's agent said (with the agent's ID,
 * any promise in working days and any offer with its kind) and the person's own demands. The person
 * confirms each one; nothing is saved from here.
 */
export function proposeTimeline(lines: readonly OcrLine[], facts: readonly OcrFact[], width: number, height: number, record: CaseRecord): TimelineProposal[] {
  const agent = facts.find((f) => f.kind === 'agent')?.value;
  return messagesOf(lines, facts, width, height).flatMap((message, index): TimelineProposal[] => {
    const text = message.text.trim();
    if (text.length < 4 || GREETING_ONLY.test(text)) return [];
    const own = facts.filter((f) => message.lines.includes(f.line));
    const promise = own.find((f) => f.kind === 'promise' && !f.hours);
    const amount = own.find((f) => f.kind === 'amount')?.amountFen;
    if (message.side === 'outgoing') {
      if (!DEMAND.test(text)) return [];
      return [{ key: `${message.lines[0]}-${index}`, ...(message.at ? { at: message.at } : {}), direction: 'outgoing', summary: clip(m.ownMessage(text), 200), line: message.lines[0]! }];
    }
    const offerKind = offerKindOf(text, amount, record.order.amountPaidFen);
    return [
      {
        key: `${message.lines[0]}-${index}`,
        ...(message.at ? { at: message.at } : {}),
        direction: 'incoming',
        ...(agent ? { agentId: agent } : {}),
        summary: clip(m.agentMessage(agent, text), 200),
        quote: clip(text, 2000),
        ...(promise?.max !== undefined ? { promisedWorkingDays: promise.max } : {}),
        ...(offerKind ? { offerKind, ...(amount !== undefined ? { offerAmountFen: amount } : {}) } : {}),
        line: message.lines[0]!,
      },
    ];
  });
}

/** Case fields an order or payment screenshot can fill in, proposed only where the case has nothing yet. */
export function proposeCaseFields(facts: readonly OcrFact[], record: CaseRecord): CaseFieldProposal[] {
  const first = (kind: OcrFact['kind'], keep: (f: OcrFact) => boolean = () => true) => facts.find((f) => f.kind === kind && keep(f));
  const proposals: CaseFieldProposal[] = [];
  const offer = (field: CaseFieldProposal['field'], empty: boolean, fact: OcrFact | undefined, value = fact?.value) => {
    if (empty && fact && value) proposals.push({ field, value, line: fact.line });
  };
  offer('order.number', !record.order.number.trim(), first('order-number'));
  const paid = first('amount', (f) => f.role === 'paid');
  offer('order.amountPaid', record.order.amountPaidFen === 0, paid, paid?.amountFen === undefined ? undefined : fenToInput(paid.amountFen));
  // A payment bill has no order time: the time it was paid is when the purchase was made.
  const purchased = first('date-time', (f) => f.role === 'order' && !f.timeOnly) ?? first('date-time', (f) => f.role === 'payment' && !f.timeOnly);
  offer('order.purchasedAt', !record.order.purchasedAt, purchased);
  offer('order.paymentRef', !record.order.paymentRef, first('payment-ref'));
  offer('order.product', !record.order.product, first('product'));
  offer('complainant.account', !record.complainant.account, first('account', (f) => !f.value.includes('*')));
  offer('platform.company', !record.platform.company, first('company'));
  return proposals;
}
