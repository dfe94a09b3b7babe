import { claimModel } from '../../../shared/claims/claim-model';
import type { LetterBuild } from '../../../shared/domain/letter-document';
import { problemTypeLabels } from '../../../shared/messages/labels';
import { formFieldLabels, formText as f, letterText as l } from '../../../shared/messages/letters';
import { formLimits } from '../form-limits';
import { chineseDate, yuan } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { caseStage } from '../narrative/case-stage';
import { demandChoices, demandSummary } from '../narrative/demands';
import { eventSentence } from '../narrative/event-sentence';
import { complaintVoice } from '../narrative/voice';
import { attachmentsField, blackcatTarget } from './blackcat';
import { claimWarnings } from './cs-email';

const labels = formFieldLabels.blackcat;
const limits = formLimits.blackcat;

/** A second 黑猫 complaint (二次投诉): cites the first one's number and date and what happened since. */
export function buildBlackcatFollowup(context: LetterContext): LetterBuild {
  const { record } = context;
  const stage = caseStage(context);
  const [first] = stage.blackcat;
  if (!first) return { ok: false, missing: [{ field: 'timeline', message: l.missing.blackcatComplaint }] };
  if (!first.ticket) return { ok: false, missing: [{ field: 'timeline.ticketNumber', message: l.missing.blackcatTicket }] };
  if (!record.demand.type) return { ok: false, missing: [{ field: 'demand.type', message: l.missing.demandType }] };

  const voice = complaintVoice(record.seller !== undefined);
  const model = claimModel(record);
  const refundDemanded = model.items.some((item) => item.kind === 'refund');
  // What happened after the first complaint, not the complaints on 黑猫 themselves.
  const since = stage.contacts.filter((e) => Date.parse(e.at) > Date.parse(first.event.at) && !(e.channel === 'blackcat' && e.direction === 'outgoing'));
  const description = [
    f.followupIntro(chineseDate(first.event.at), first.ticket),
    ...(since.length > 0 ? [f.followupSince, ...since.map((e) => eventSentence(e, voice, refundDemanded))] : [f.followupNothing]),
    f.followupDemand(demandSummary(model, voice, record.order.amountPaidFen)),
  ].join('\n');
  const title = f.followupTitle(first.ticket);
  return {
    ok: true,
    warnings: claimWarnings(context),
    document: {
      kind: 'blackcat-followup',
      title: '黑猫二次投诉',
      subject: title,
      sections: [],
      fields: [
        { id: 'target', label: labels.target, value: blackcatTarget(context) },
        { id: 'problem', label: labels.problem, value: problemTypeLabels[record.problem.type], limit: limits.problem },
        { id: 'demand', label: labels.demand, value: demandChoices(model), limit: limits.demand },
        { id: 'amount', label: labels.amount, value: yuan(model.totalFen), limit: limits.amount },
        { id: 'title', label: labels.title, value: title, limit: limits.title },
        { id: 'description', label: labels.description, value: description, limit: limits.description },
        attachmentsField(context),
      ],
    },
  };
}
