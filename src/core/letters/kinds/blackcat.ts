import type { LetterBuild, LetterField, MissingFact } from '../../../shared/domain/letter-document';
import { demandTypeLabels, problemTypeLabels } from '../../../shared/messages/labels';
import { complaintCause, formFieldLabels, formText as f, letterText as l } from '../../../shared/messages/letters';
import { formLimits } from '../form-limits';
import { chineseDate, yuan } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { demandPhrase, factParagraphs } from '../narrative';

const labels = formFieldLabels.blackcat;
const limits = formLimits.blackcat;

/** The amount at stake: what is demanded, or what was paid. */
const amountAtStake = (context: LetterContext) => context.record.demand.amountFen ?? context.record.order.amountPaidFen;

/** The 黑猫投诉 form, field by field, each within the form's limit where the facts allow. */
export function buildBlackcat(context: LetterContext): LetterBuild {
  const { record } = context;
  const missing: MissingFact[] = [];
  if (!record.order.product) missing.push({ field: 'order.product', message: l.missing.product });
  if (!record.demand.type) missing.push({ field: 'demand.type', message: l.missing.demandType });
  if (missing.length > 0 || !record.demand.type) return { ok: false, missing };
  const overdue = context.timeline.nextDue?.overdueWorkingDays;
  const cause = complaintCause[record.problem.type];
  // The fullest title that fits the form; a very long platform name is cut rather than left out.
  const title =
    [f.blackcatTitle(record.platform.name, cause, overdue), `${record.platform.name}${cause}`].find((candidate) => candidate.length <= limits.title) ??
    `${Array.from(record.platform.name).slice(0, Math.max(1, limits.title - cause.length)).join('')}${cause}`;
  const description = [...factParagraphs(context), f.demandLine(demandPhrase(record))].join('\n');
  const fields: LetterField[] = [
    { id: 'target', label: labels.target, value: f.blackcatTarget(record.platform.name, record.platform.company) },
    { id: 'problem', label: labels.problem, value: problemTypeLabels[record.problem.type], limit: limits.problem },
    { id: 'demand', label: labels.demand, value: demandTypeLabels[record.demand.type], limit: limits.demand },
    { id: 'amount', label: labels.amount, value: yuan(amountAtStake(context)), limit: limits.amount },
    { id: 'title', label: labels.title, value: title, limit: limits.title },
    { id: 'description', label: labels.description, value: description, limit: limits.description },
  ];
  return {
    ok: true,
    document: {
      kind: 'blackcat',
      title: '黑猫投诉',
      subject: title,
      sections: [],
      fields,
      signature: { label: '投诉人', name: record.complainant.name, date: chineseDate(context.today) },
      draftNote: l.draftNote,
    },
  };
}
