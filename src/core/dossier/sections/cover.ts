import type { Content } from 'pdfmake/interfaces';
import type { MissingFact } from '../../../shared/domain/letter-document';
import { dossierText } from '../../../shared/messages/dossier';
import { chineseDate, chineseDateTime, rmb, yuan } from '../../letters/letter-format';
import type { DossierSources } from '../dossier-sources';
import { claimSummary } from './claim-summary';

const c = dossierText.cover;

export interface CoverFacts {
  sources: DossierSources;
  pages: number;
  zipName: string;
  /** Facts the case lacks for the 起诉状 and for the 证据目录 (each left out of the dossier until given). */
  missingCourt: readonly MissingFact[];
  missingList: readonly MissingFact[];
}

/**
 * The facts a document lacks, compactly: what each exhibit lacks is said once for all of them
 * (`证据1、证据3：…`), so a case of 200 unlabelled exhibits still has a one-page cover.
 */
function missingLines(missing: readonly MissingFact[]): string[] {
  const byExhibit = new Map<string, number[]>();
  const others: string[] = [];
  for (const fact of missing) {
    const exhibit = /^evidence\.(\d+)\.(\w+)$/.exec(fact.field);
    if (!exhibit) others.push(fact.message);
    else byExhibit.set(exhibit[2]!, [...(byExhibit.get(exhibit[2]!) ?? []), Number(exhibit[1])]);
  }
  const exhibits = [...byExhibit].map(([field, numbers]) => c.exhibitsLack(numbers, c.exhibitFields[field] ?? field));
  return [...others, ...exhibits];
}

const missingBlock = (heading: string, missing: readonly MissingFact[]): Content[] =>
  missing.length === 0 ? [] : [{ text: heading, bold: true, margin: [0, 12, 0, 3] }, { ul: missingLines(missing), fontSize: 9.5 }];

/** The cover: the case, the parties, what is claimed and its total, the size of the dossier, the date. */
export function coverContent({ sources, pages, zipName, missingCourt, missingList }: CoverFacts): Content[] {
  const { record, evidence, today } = sources.context;
  const claim = claimSummary(record);
  const defendant = record.platform.company ? `${record.platform.company}（${record.platform.name}）` : record.platform.name;
  const rows: [string, string][] = [
    [c.plaintiff, record.complainant.name],
    [c.defendant, defendant],
    [c.order, c.orderValue(record.order.number, chineseDateTime(record.order.purchasedAt), yuan(record.order.amountPaidFen))],
    [c.claims, claim.lines.join('\n')],
    [c.total, rmb(claim.totalFen)],
    [c.exhibits, c.exhibitsValue(evidence.length)],
    [c.pages, c.pagesValue(pages)],
    [c.madeOn, chineseDate(today)],
  ];
  return [
    { text: dossierText.title, fontSize: 30, bold: true, alignment: 'center', margin: [0, 90, 0, 16] },
    { text: record.title, fontSize: 15, alignment: 'center', margin: [0, 0, 0, 48] },
    {
      table: { widths: [110, '*'], body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }]) },
      layout: { hLineWidth: (i: number) => (i === 0 ? 0 : 0.5), vLineWidth: () => 0, hLineColor: () => '#aaaaaa', paddingTop: () => 5, paddingBottom: () => 5 },
      fontSize: 11.5,
    },
    ...missingBlock(c.missingCourt, missingCourt),
    ...missingBlock(c.missingList, missingList),
    { text: c.archive(zipName), fontSize: 9.5, color: '#555555', margin: [0, 36, 0, 0] },
  ];
}
