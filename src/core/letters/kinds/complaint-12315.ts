import { claimModel } from '../../../shared/claims/claim-model';
import type { LetterBuild, LetterField, MissingFact } from '../../../shared/domain/letter-document';
import { formFieldLabels, formText as f, letterText as l } from '../../../shared/messages/letters';
import { addressParts, countyRegulator } from '../../../shared/letters/address-parts';
import { formLimits } from '../form-limits';
import { chineseDateTime, yuan } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { problemParagraphs, purchaseParagraph } from '../narrative/case-facts';
import { caseStage, keyContacts } from '../narrative/case-stage';
import { demandLines } from '../narrative/demands';
import { eventSentence } from '../narrative/event-sentence';
import { attachmentLines } from '../narrative/exhibits';
import { complaintVoice } from '../narrative/voice';
import { claimWarnings } from './cs-email';

const labels = formFieldLabels['12315'];
const limits = formLimits['12315'];

/** The office 暂行办法 第12条 sends the complaint to: the county regulator of the platform's domicile. */
function handlingAuthority(context: LetterContext): string {
  const office = countyRegulator(context.record.platform.address!);
  if (!office) return f.authorityUnknown;
  return f.authority(office, context.record.seller ? f.authorityShop : f.authorityPlatform);
}

/**
 * A complaint on the 全国12315 platform, field by field. 市场监督管理投诉举报处理暂行办法 第9条
 * requires the complainant's name, phone and address, the respondent's name and address, the
 * specific demand and the facts; a missing 统一社会信用代码 or an address without street and number
 * is a warning, not a refusal. On a marketplace, the respondent is the operator actually selling.
 */
export function build12315(context: LetterContext): LetterBuild {
  const { record } = context;
  const { platform, complainant, order, seller } = record;
  const missing: MissingFact[] = [];
  if (!platform.company) missing.push({ field: 'platform.company', message: l.missing.company });
  if (!platform.address) missing.push({ field: 'platform.address', message: l.missing.platformAddress });
  if (!complainant.phone) missing.push({ field: 'complainant.phone', message: l.missing.phone });
  if (!complainant.address) missing.push({ field: 'complainant.address', message: l.missing.complainantAddress });
  if (!order.product) missing.push({ field: 'order.product', message: l.missing.product });
  if (!record.demand.type) missing.push({ field: 'demand.type', message: l.missing.demandType });
  if (missing.length > 0) return { ok: false, missing };

  const voice = complaintVoice(record.seller !== undefined);
  const model = claimModel(record);
  const stage = caseStage(context);
  const refundDemanded = model.items.some((item) => item.kind === 'refund');
  const byShop = seller?.operator ? seller : undefined;
  const respondentAddress = byShop?.address ?? platform.address!;
  const creditCode = byShop ? byShop.operatorCreditCode : platform.creditCode;
  const warnings = [...claimWarnings(context)];
  if (!creditCode) warnings.push(l.warning.noCreditCode);
  if (!addressParts(respondentAddress).hasStreetAndNumber) warnings.push(l.warning.addressIncomplete);
  // What happened, then only what matters to an officer: the first complaint, promises, offers and
  // the complaints filed elsewhere, never this complaint's own filing.
  const contacts = keyContacts(stage).filter((e) => !((e.channel === '12315' || e.channel === 'regulator') && e.direction === 'outgoing'));
  // The fullest account that fits the form: then without the other side's verbatim words, then without the person's own description.
  const [problem, ...details] = problemParagraphs(record, voice);
  const told = (quote: boolean, withDetails: boolean) =>
    [purchaseParagraph(record, voice), problem!, ...(withDetails ? details : []), ...contacts.map((e) => eventSentence(e, voice, refundDemanded, { quote }))].join('\n');
  const candidates = [told(true, true), told(false, true), told(false, false)];
  const facts = candidates.find((text) => [...text].length <= limits.facts) ?? candidates.at(-1)!;
  const fields: LetterField[] = [
    {
      id: 'respondent',
      label: labels.respondent,
      value: byShop ? f.respondentShop12315(byShop.operator!, byShop.name, platform.name) : f.respondent12315(platform.company!, platform.name),
    },
    ...(creditCode ? [{ id: 'creditCode', label: labels.creditCode, value: creditCode }] : []),
    { id: 'respondentAddress', label: labels.respondentAddress, value: respondentAddress },
    { id: 'authority', label: labels.authority, value: handlingAuthority(context) },
    { id: 'name', label: labels.name, value: complainant.name },
    { id: 'phone', label: labels.phone, value: complainant.phone! },
    { id: 'address', label: labels.address, value: complainant.address! },
    { id: 'product', label: labels.product, value: order.product!, limit: limits.product },
    { id: 'purchasedAt', label: labels.purchasedAt, value: chineseDateTime(order.purchasedAt) },
    { id: 'orderNumber', label: labels.orderNumber, value: order.number },
    { id: 'amount', label: labels.amount, value: yuan(order.amountPaidFen) },
    { id: 'facts', label: labels.facts, value: facts, limit: limits.facts },
    { id: 'demand', label: labels.demand, value: demandLines(model, voice, order.amountPaidFen).join(''), limit: limits.demand },
    { id: 'evidence', label: labels.evidence, value: context.evidence.length > 0 ? attachmentLines(context.evidence).join('\n') : f.attachmentsNone },
  ];
  return { ok: true, warnings, document: { kind: '12315', title: '全国12315平台投诉', sections: [], fields } };
}
