import type { EvidenceView } from '../../../shared/domain/evidence';
import type { LetterBlock, LetterBuild, LetterSection, MissingFact } from '../../../shared/domain/letter-document';
import { evidenceListText as e, letterText as l } from '../../../shared/messages/letters';
import { chineseDate } from '../letter-format';
import type { LetterContext } from '../letter-context';

type EvidenceType = keyof typeof e.types;

/**
 * 证据类型 under 民事诉讼法 第66条: recordings and videos are 视听资料; papers about the parties
 * (an ID card, a licence) 书证; screenshots, chats, e-mails and transaction records 电子数据
 * (证据规定 第14条).
 */
function evidenceType(item: EvidenceView): EvidenceType {
  if (item.mediaType.startsWith('audio/') || item.mediaType.startsWith('video/')) return 'audiovisual';
  if (item.category === 'identity') return 'document';
  return 'electronic';
}

const table = (items: readonly EvidenceView[], pages: LetterContext['evidencePages']): LetterBlock => ({
  type: 'table',
  columns: [...e.columns],
  widths: [6, 14, 11, 13, 27, 20, 9],
  rows: items.map((item) => {
    const type = evidenceType(item);
    const range = pages?.get(item.id);
    return [`${item.exhibitNumber}`, item.title, e.types[type], item.source!, item.purpose!, e.carriers[type], range ? e.pages(range.from, range.to) : ''];
  }),
});

/**
 * Consecutive exhibits of one category, in exhibit order. Grouped headings are used only when each
 * category forms one run: then the groups agree with the order the person arranged; otherwise one
 * table keeps that order without headings.
 */
function runs(evidence: readonly EvidenceView[]): EvidenceView[][] {
  const groups: EvidenceView[][] = [];
  for (const item of evidence) {
    const last = groups.at(-1);
    if (last && last[0]!.category === item.category) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/**
 * 证据目录 (证据规定 第19条): each exhibit numbered, typed (书证 / 电子数据 / 视听资料), with its
 * source, what it proves, what is submitted (original or printout) and its pages in the evidence
 * bundle, always in exhibit order; signed 举证人：原告×××（签名） with the date.
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
  const groups = runs(evidence);
  const grouped = new Set(groups.map((group) => group[0]!.category)).size === groups.length && groups.length > 1;
  const sections: LetterSection[] = grouped
    ? groups.map((items, i) => ({ id: `group-${items[0]!.category}`, heading: e.groupHeading(i + 1, e.groups[items[0]!.category]), blocks: [table(items, pages)] }))
    : [{ id: 'exhibits', blocks: [table(evidence, pages)] }];
  return {
    ok: true,
    warnings: [],
    document: {
      kind: 'evidence-list',
      title: e.title,
      subject: e.caseLine(record.complainant.name, record.platform.company ?? record.platform.name),
      sections,
      signature: { label: e.submitter, name: e.submitterName(record.complainant.name), date: chineseDate(context.today) },
    },
  };
}
