import { claimModel } from '../../../shared/claims/claim-model';
import type { LetterBuild, LetterField, MissingFact } from '../../../shared/domain/letter-document';
import { problemTypeLabels } from '../../../shared/messages/labels';
import { complaintCause, formFieldLabels, formText as f, letterText as l } from '../../../shared/messages/letters';
import { formLimits } from '../form-limits';
import { yuan } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { problemParagraphs, purchaseParagraph } from '../narrative/case-facts';
import { caseStage } from '../narrative/case-stage';
import { demandChoices, demandSummary } from '../narrative/demands';
import { eventSentence } from '../narrative/event-sentence';
import { attachmentLines } from '../narrative/exhibits';
import { complaintVoice } from '../narrative/voice';
import { claimWarnings } from './cs-email';

const labels = formFieldLabels.blackcat;
const limits = formLimits.blackcat;

/** Whom the complaint is against: the platform, and on a marketplace the shop that sold the goods. */
export const blackcatTarget = ({ record }: LetterContext): string =>
  record.seller ? f.blackcatTargetShop(record.seller.name, record.platform.name, record.platform.company) : f.blackcatTarget(record.platform.name, record.platform.company);

/** The files to upload in the form's 附件, in exhibit order. */
export const attachmentsField = (context: LetterContext): LetterField => ({
  id: 'attachments',
  label: labels.attachments,
  value: context.evidence.length > 0 ? attachmentLines(context.evidence).join('\n') : f.attachmentsNone,
});

/**
 * The 黑猫投诉 form, field by field, each within the form's limit where the facts allow. Its text is
 * published on a public site: the payment serial shows its last four digits only. It tells what
 * happened before this complaint, never the complaint's own filing, and carries no signature.
 */
export function buildBlackcat(context: LetterContext): LetterBuild {
  const { record } = context;
  const missing: MissingFact[] = [];
  if (!record.order.product) missing.push({ field: 'order.product', message: l.missing.product });
  if (!record.demand.type) missing.push({ field: 'demand.type', message: l.missing.demandType });
  if (missing.length > 0 || !record.demand.type) return { ok: false, missing };
  const voice = complaintVoice(record.seller !== undefined);
  const model = claimModel(record);
  const stage = caseStage(context);
  const refundDemanded = model.items.some((item) => item.kind === 'refund');
  const overdue = context.timeline.nextDue?.overdueWorkingDays;
  const cause = complaintCause[record.problem.type];
  // The fullest title that fits the form; a very long platform name is cut rather than left out.
  const title =
    [f.blackcatTitle(record.platform.name, cause, overdue), `${record.platform.name}${cause}`].find((candidate) => candidate.length <= limits.title) ??
    `${Array.from(record.platform.name).slice(0, Math.max(1, limits.title - cause.length)).join('')}${cause}`;
  const before = stage.contacts.filter((e) => !(e.channel === 'blackcat' && e.direction === 'outgoing'));
  const description = [
    purchaseParagraph(record, voice, true),
    ...problemParagraphs(record, voice),
    ...before.map((e) => eventSentence(e, voice, refundDemanded)),
    f.demandLine(demandSummary(model, voice, record.order.amountPaidFen)),
  ].join('\n');
  const fields: LetterField[] = [
    { id: 'target', label: labels.target, value: blackcatTarget(context) },
    { id: 'problem', label: labels.problem, value: problemTypeLabels[record.problem.type], limit: limits.problem },
    { id: 'demand', label: labels.demand, value: demandChoices(model), limit: limits.demand },
    { id: 'amount', label: labels.amount, value: yuan(model.totalFen), limit: limits.amount },
    { id: 'title', label: labels.title, value: title, limit: limits.title },
    { id: 'description', label: labels.description, value: description, limit: limits.description },
    attachmentsField(context),
  ];
  return { ok: true, warnings: claimWarnings(context), document: { kind: 'blackcat', title: '黑猫投诉', subject: title, sections: [], fields } };
}
