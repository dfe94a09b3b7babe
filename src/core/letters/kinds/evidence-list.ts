import { EVIDENCE_CATEGORIES } from '../../../shared/domain/evidence';
import type { LetterBuild, MissingFact } from '../../../shared/domain/letter-document';
import { evidenceListText as e, letterText as l } from '../../../shared/messages/letters';
import { chineseDate } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { filledSections } from '../sections';

/**
 * 证据目录 (证据规定 第19条): each exhibit numbered with its name, source, what it proves and its
 * pages in the evidence bundle, grouped by the fact it proves.
 */
export function buildEvidenceList(context: LetterContext): LetterBuild {
  const { evidence, record } = context;
  const missing: MissingFact[] = [];
  if (evidence.length === 0) missing.push({ field: 'evidence', message: l.missing.noEvidence });
  for (const item of evidence) {
    if (!item.purpose) missing.push({ field: `evidence.${item.exhibitNumber}.purpose`, message: l.missing.evidencePurpose(item.exhibitNumber ?? 0) });
    if (!item.source) missing.push({ field: `evidence.${item.exhibitNumber}.source`, message: l.missing.evidenceSource(item.exhibitNumber ?? 0) });
  }
  if (missing.length > 0) return { ok: false, missing };

  const pages = context.evidencePages;
  const groups = EVIDENCE_CATEGORIES.map((category) => ({ category, items: evidence.filter((item) => item.category === category) })).filter(
    (group) => group.items.length > 0,
  );
  return {
    ok: true,
    document: {
      kind: 'evidence-list',
      title: e.title,
      subject: e.caseLine(record.complainant.name, record.platform.company ?? record.platform.name),
      sections: filledSections(
        groups.map(({ category, items }) => ({
          id: `group-${category}`,
          heading: e.groups[category],
          blocks: [
            {
              type: 'table' as const,
              columns: [...e.columns],
              widths: [8, 22, 22, 36, 12],
              rows: items.map((item) => {
                const range = pages?.get(item.id);
                return [`${item.exhibitNumber}`, item.title, item.source!, item.purpose!, range ? e.pages(range.from, range.to) : ''];
              }),
            },
          ],
        })),
      ),
      signature: { label: e.submitter, date: chineseDate(context.today) },
      draftNote: l.draftNote,
    },
  };
}
