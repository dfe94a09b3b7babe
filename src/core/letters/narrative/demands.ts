import type { ClaimItem, ClaimModel } from '../../../shared/claims/claim-model';
import { legalBasisCitations } from '../../../shared/messages/claims';
import { demandText as d, letterText as l } from '../../../shared/messages/letters';
import { chineseDate, yuan } from '../letter-format';
import type { LetterContext } from '../letter-context';
import type { Voice } from './voice';

/** One demand of the claim model in a complaint's words, without its basis. */
function demandPhrase(item: ClaimItem, voice: Voice, pricePaidFen: number): string {
  const amount = yuan(item.fen);
  switch (item.kind) {
    case 'refund':
      return item.fen === pricePaidFen ? d.refund(voice.self, amount) : d.partialRefund(amount);
    case 'redelivery':
      return d.redelivery;
    case 'statutory-multiple':
      return d.statutory(amount, item.minimumApplied ?? false);
    case 'promised-multiple':
      return d.promised(voice.platform, item.text ?? '', item.multiplier ?? 0, amount);
    case 'loss':
      return item.unitemised ? d.otherLoss(amount) : d.loss(item.text ?? '', amount);
  }
}

const cited = (item: ClaimItem) => d.basis(item.basis.map((basis) => legalBasisCitations[basis]).join('、'));

/**
 * The demands, one per item of the claim model, each with its legal basis, and their total when
 * there is more than one sum: the same figures in every document.
 *
 * @example demandLines(model, COMPLAINT_VOICE, 98_00) // ['退还本人已支付的货款98.00元（依据《中华人民共和国民法典》第五百七十七条…）']
 */
export function demandLines(model: ClaimModel, voice: Voice, pricePaidFen: number): string[] {
  if (model.items.length === 0) return [`${d.none}。`];
  const lines = model.items.map((item) => `${demandPhrase(item, voice, pricePaidFen)}${cited(item)}`);
  if (lines.length === 1) return [`${lines[0]}。`];
  const numbered = lines.map((line, i) => `${i + 1}. ${line}${i === lines.length - 1 ? '。' : '；'}`);
  return model.items.filter((item) => item.fen > 0).length > 1 ? [...numbered, d.total(yuan(model.totalFen))] : numbered;
}

/** The demands in one sentence, for form fields with little room (no articles, the total last). */
export function demandSummary(model: ClaimModel, voice: Voice, pricePaidFen: number): string {
  if (model.items.length === 0) return d.none;
  const phrases = model.items.map((item) => demandPhrase(item, voice, pricePaidFen));
  const sums = model.items.filter((item) => item.fen > 0);
  return `${phrases.join('；')}${sums.length > 1 ? `；${d.total(yuan(model.totalFen)).slice(0, -1)}` : ''}`;
}

/** The 黑猫 form's 投诉要求: what kinds of remedy the claim model asks for. */
export function demandChoices(model: ClaimModel): string {
  const choices = new Set(
    model.items.map((item) => (item.kind === 'refund' ? d.formChoice.refund : item.kind === 'redelivery' ? d.formChoice.redeliver : d.formChoice.compensation)),
  );
  return choices.size > 0 ? [...choices].join('、') : d.formChoice.other;
}

/** The deadline sentence for a demand made today, counted in working days. */
export function deadlineSentence(context: LetterContext, days: number): string {
  const due = context.calendar.addWorkingDays(context.today, days);
  return l.deadline(days, chineseDate(due.value), due.approximate);
}
