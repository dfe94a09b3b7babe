import type { LetterBuild, MissingFact } from '../../../shared/domain/letter-document';
import { complaintCause, letterSections as s, letterText as l } from '../../../shared/messages/letters';
import { citationParagraphs, citationsFor } from '../legal-basis';
import { chineseDate } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { deadlineSentence, demandPhrase, evidenceLines, factParagraphs } from '../narrative';
import { filledSections, paragraphs } from '../sections';

/** What a complaint to customer service cannot do without. */
export function complaintPrerequisites({ record }: LetterContext): MissingFact[] {
  const missing: MissingFact[] = [];
  if (!record.complainant.phone) missing.push({ field: 'complainant.phone', message: l.missing.phone });
  if (!record.order.product) missing.push({ field: 'order.product', message: l.missing.product });
  if (!record.demand.type) missing.push({ field: 'demand.type', message: l.missing.demandType });
  if ((record.demand.type === 'compensation') && record.demand.amountFen === undefined) {
    missing.push({ field: 'demand.amount', message: l.missing.demandAmount });
  }
  if (record.demand.deadlineDays === undefined) missing.push({ field: 'demand.deadlineDays', message: l.missing.deadlineDays });
  return missing;
}

/** The complaint e-mail to customer service: subject `投诉+订单号+事由`, the four parts, the evidence list. */
export function buildCsEmail(context: LetterContext): LetterBuild {
  const missing = complaintPrerequisites(context);
  if (missing.length > 0) return { ok: false, missing };
  const { record } = context;
  const { platform, complainant } = record;
  return {
    ok: true,
    document: {
      kind: 'cs-email',
      title: `关于订单${record.order.number}的投诉`,
      subject: `投诉+${record.order.number}+${complaintCause[record.problem.type]}`,
      salutation: s.emailOpening(platform.name),
      sections: filledSections([
        { id: 'intro', blocks: paragraphs([s.emailIntro]) },
        { id: 'complainant', heading: s.complainant, blocks: paragraphs(s.complainantLines(complainant.name, complainant.phone, complainant.account)) },
        { id: 'respondent', heading: s.respondent, blocks: paragraphs(s.respondentLines(platform.name, platform.company, platform.creditCode)) },
        { id: 'facts', heading: s.facts, blocks: paragraphs(factParagraphs(context)) },
        { id: 'demand', heading: s.demand, blocks: paragraphs([`${demandPhrase(record)}。`, deadlineSentence(context, record.demand.deadlineDays!)]) },
        { id: 'basis', heading: s.basis, blocks: paragraphs(citationParagraphs(citationsFor(record, 'complaint'))) },
        { id: 'evidence', heading: s.evidence, blocks: context.evidence.length > 0 ? [{ type: 'list', items: evidenceLines(context.evidence) }] : [] },
        { id: 'closing', blocks: paragraphs([s.emailClosing]) },
      ]),
      signature: {
        label: s.emailSignature,
        name: complainant.name,
        date: chineseDate(context.today),
        lines: [complainant.phone ? `联系电话：${complainant.phone}` : ''].filter(Boolean),
      },
      draftNote: l.draftNote,
    },
  };
}
