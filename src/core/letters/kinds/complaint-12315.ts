import type { LetterBuild, MissingFact } from '../../../shared/domain/letter-document';
import { formFieldLabels, letterText as l } from '../../../shared/messages/letters';
import { formLimits } from '../form-limits';
import { chineseDate, chineseDateTime, yuan } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { contactsSummary, demandPhrase, problemParagraphs, purchaseParagraph } from '../narrative';

const labels = formFieldLabels['12315'];
const limits = formLimits['12315'];

/**
 * A complaint on the 全国12315 platform, field by field. 市场监督管理投诉举报处理暂行办法 第9条
 * requires the complainant's name, phone and address, the respondent's name and address, the
 * specific demand and the facts; the platform also asks for the respondent's 统一社会信用代码.
 */
export function build12315(context: LetterContext): LetterBuild {
  const { record } = context;
  const { platform, complainant, order } = record;
  const missing: MissingFact[] = [];
  if (!platform.company) missing.push({ field: 'platform.company', message: l.missing.company });
  if (!platform.creditCode) missing.push({ field: 'platform.creditCode', message: l.missing.creditCode });
  if (!platform.address) missing.push({ field: 'platform.address', message: l.missing.platformAddress });
  if (!complainant.phone) missing.push({ field: 'complainant.phone', message: l.missing.phone });
  if (!complainant.address) missing.push({ field: 'complainant.address', message: l.missing.complainantAddress });
  if (!order.product) missing.push({ field: 'order.product', message: l.missing.product });
  if (!record.demand.type) missing.push({ field: 'demand.type', message: l.missing.demandType });
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    document: {
      kind: '12315',
      title: '全国12315平台投诉',
      sections: [],
      fields: [
        { id: 'respondent', label: labels.respondent, value: platform.company! },
        { id: 'creditCode', label: labels.creditCode, value: platform.creditCode! },
        { id: 'respondentAddress', label: labels.respondentAddress, value: platform.address! },
        { id: 'name', label: labels.name, value: complainant.name },
        { id: 'phone', label: labels.phone, value: complainant.phone! },
        { id: 'address', label: labels.address, value: complainant.address! },
        { id: 'product', label: labels.product, value: order.product!, limit: limits.product },
        { id: 'purchasedAt', label: labels.purchasedAt, value: chineseDateTime(order.purchasedAt) },
        { id: 'orderNumber', label: labels.orderNumber, value: order.number },
        { id: 'amount', label: labels.amount, value: yuan(order.amountPaidFen) },
        { id: 'facts', label: labels.facts, value: [purchaseParagraph(record), ...problemParagraphs(record), ...contactsSummary(context)].join('\n'), limit: limits.facts },
        { id: 'demand', label: labels.demand, value: `${demandPhrase(record)}。`, limit: limits.demand },
      ],
      signature: { label: '投诉人', name: complainant.name, date: chineseDate(context.today) },
      draftNote: l.draftNote,
    },
  };
}
