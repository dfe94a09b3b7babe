import type { LetterBuild } from '../../../shared/domain/letter-document';
import { demandTypeLabels, problemTypeLabels } from '../../../shared/messages/labels';
import { formFieldLabels, formText as f, letterText as l } from '../../../shared/messages/letters';
import { formLimits } from '../form-limits';
import { chineseDate, yuan } from '../letter-format';
import { contacts, type LetterContext } from '../letter-context';
import { contactSentence, demandPhrase } from '../narrative';

const labels = formFieldLabels.blackcat;
const limits = formLimits.blackcat;

/** A second 黑猫 complaint (二次投诉): cites the first one's number and date and what happened since. */
export function buildBlackcatFollowup(context: LetterContext): LetterBuild {
  const { record } = context;
  const events = contacts(context);
  const first = events.find((e) => e.channel === 'blackcat' && e.direction === 'outgoing');
  if (!first) return { ok: false, missing: [{ field: 'timeline', message: l.missing.blackcatComplaint }] };
  const ticket = first.ticketNumber ?? events.find((e) => e.channel === 'blackcat' && e.ticketNumber && Date.parse(e.at) >= Date.parse(first.at))?.ticketNumber;
  if (!ticket) return { ok: false, missing: [{ field: 'timeline.ticketNumber', message: l.missing.blackcatTicket }] };
  if (!record.demand.type) return { ok: false, missing: [{ field: 'demand.type', message: l.missing.demandType }] };

  const since = events.filter((e) => Date.parse(e.at) > Date.parse(first.at));
  const description = [
    f.followupIntro(chineseDate(first.at), ticket),
    ...(since.length > 0 ? [f.followupSince, ...since.map(contactSentence)] : [f.followupNothing]),
    f.followupDemand(demandPhrase(record)),
  ].join('\n');
  const title = f.followupTitle(ticket);
  return {
    ok: true,
    document: {
      kind: 'blackcat-followup',
      title: '黑猫二次投诉',
      subject: title,
      sections: [],
      fields: [
        { id: 'target', label: labels.target, value: f.blackcatTarget(record.platform.name, record.platform.company) },
        { id: 'problem', label: labels.problem, value: problemTypeLabels[record.problem.type], limit: limits.problem },
        { id: 'demand', label: labels.demand, value: demandTypeLabels[record.demand.type], limit: limits.demand },
        { id: 'amount', label: labels.amount, value: yuan(record.demand.amountFen ?? record.order.amountPaidFen), limit: limits.amount },
        { id: 'title', label: labels.title, value: title, limit: limits.title },
        { id: 'description', label: labels.description, value: description, limit: limits.description },
      ],
      signature: { label: '投诉人', name: record.complainant.name, date: chineseDate(context.today) },
      draftNote: l.draftNote,
    },
  };
}
