import type { LetterBuild, LetterField } from '../../../shared/domain/letter-document';
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
  if (!record.demand.type) return { ok: false, missing: [{ field: 'demand.type', message: l.missing.demandType }] };
  const overdue = context.timeline.nextDue?.overdueWorkingDays;
  const title = [f.blackcatTitle(record.platform.name, complaintCause[record.problem.type], overdue), `${record.platform.name}${complaintCause[record.problem.type]}`].find(
    (candidate) => candidate.length <= limits.title,
  )!;
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
