import type { TimelineEvent } from '../../../shared/domain/timeline';
import { normaliseChineseText, withoutEnd } from './chinese-text';

/** Who acted: words a summary opens with that the sentence around it already says. */
const SELF = /^(?:本人|我方|我)/u;
const OTHER_SIDE = /^(?:对方|商家|平台方?|人工客服|在线客服|客服人员|客服|管理层)/u;
const CHANNEL = '(?:平台)?(?:在线客服|人工客服|客服邮箱|客服电话|客服|邮箱|邮件|电话|黑猫投诉平台|黑猫投诉|黑猫|全国12315平台|12315平台|12315|管理层|市场监督管理部门|市场监管部门|市场监管局)';
const VIA = new RegExp(`^(?:通过|经|在|向|用|给|致)${CHANNEL}`, 'u');
/**
 * The act itself (发送投诉邮件, 提交投诉, 致信平台管理层, 登记工单, 发送《客服投诉邮件》（第1版）):
 * told from the entry's channel and direction, so it is taken off what was said.
 */
const ACT = new RegExp(
  `^(?:再次|已经|已)?(?:发送|发出|发了|发|寄送|提交|递交|发起|提出|进行|致信|致函|致电|拨打|联系|登记|留言)了?(?:一封|一条|一份)?` +
    `(?:(?:二次|补充|正式)?(?:投诉|催告|催促)?(?:邮件|信函|信|函|工单|电话)|${CHANNEL}|二次投诉|补充投诉|投诉|《[^》]+》)` +
    `(?:（第\\d+版）)?(?:(?:至|到|给|向)${CHANNEL})?`,
  'u',
);
/** A generic act that only announces what follows ("反映问题：…"), said by the sentence around it. */
const ANNOUNCED = /^(?:反映|咨询|投诉|说明)了?(?:问题|情况)?：/u;
const SPEECH_VERB = /^(?:反映|投诉|要求|请求|催促|询问|提出|表示|说明|称|告知|申请|咨询|希望|答复|回复|承诺|同意|拒绝|表明|确认|指出|建议|坚持|仍|但|并)/u;

const OFFER_WORDS = /(?:补偿|赔偿|退款|退还|退回|优惠券|代金券|券|红包|积分|补发|重新发货|方案)/u;
const OFFERING = /(?:提出|提供|给予|给|补偿|赔偿|同意|愿意|可以|只能|仅|发放|赠送)/u;

/** The yuan figure as people write it: 10, 10.0, 10.00, 10.5. */
const yuanWritten = (fen: number) => {
  const yuan = fen / 100;
  return [String(yuan), yuan.toFixed(2), yuan.toFixed(1)];
};

/** Clauses that only repeat what the entry's own fields say (its ticket, promise or offer). */
function coveredByFields(clause: string, event: Pick<TimelineEvent, 'ticketNumber' | 'promisedWorkingDays' | 'offerAmountFen' | 'offerKind'>): boolean {
  if (event.ticketNumber && (/^登记(?:了)?(?:工单|投诉)?$/u.test(clause) || clause.includes(event.ticketNumber))) return true;
  if (event.promisedWorkingDays !== undefined && /(?:\d+|[一二三四五六七八九十]+)个?工作日/u.test(clause)) return true;
  if (event.offerAmountFen !== undefined || event.offerKind) {
    const names = event.offerAmountFen === undefined ? [] : yuanWritten(event.offerAmountFen);
    const mentionsAmount = names.some((amount) => new RegExp(`(?<![\\d.])${amount.replace('.', '\\.')}(?![\\d])`, 'u').test(clause));
    if (OFFERING.test(clause) && OFFER_WORDS.test(clause) && (mentionsAmount || event.offerAmountFen === undefined)) return true;
  }
  return false;
}

/**
 * What was said, from the person's summary of a contact: its clauses in full-width punctuation,
 * without the subject, the channel and the act (the sentence tells those from the entry's fields)
 * and without what the ticket, promise and offer fields say. Empty when nothing is left.
 *
 * @example summaryContent({ channel: 'email', summary: '发送投诉邮件,要求退款 98 元', … }) // '要求退款98元'
 */
export function summaryContent(
  event: Pick<TimelineEvent, 'summary' | 'direction' | 'ticketNumber' | 'promisedWorkingDays' | 'offerAmountFen' | 'offerKind'>,
): string {
  const actor = event.direction === 'incoming' ? OTHER_SIDE : SELF;
  const clauses = normaliseChineseText(event.summary)
    .split(/[，；。！？]/u)
    .map((clause, index) => {
      let rest = clause.trim();
      for (let previous = ''; previous !== rest; ) {
        previous = rest;
        // The first clause names whoever acted; a later one only loses the actor's own name, so
        // "本人反映…，客服称…" keeps who said the second part.
        if (index === 0) rest = rest.replace(SELF, '').replace(OTHER_SIDE, '');
        else rest = rest.replace(actor, '');
        rest = rest.replace(VIA, '').replace(ACT, '').replace(ANNOUNCED, '').replace(/^[，、：\s]+/u, '');
      }
      return rest;
    })
    .filter((clause) => clause !== '' && !coveredByFields(clause, event));
  return withoutEnd(clauses.join('，'));
}

/** Whether what was said opens with its own verb (要求…, 反映…), so no 称 is needed before it. */
export const opensWithVerb = (content: string): boolean => SPEECH_VERB.test(content);
