import type { StyleDictionary } from 'pdfmake/interfaces';
import { dossierText } from '../../shared/messages/dossier';
import { chineseDate } from '../letters/letter-format';
import { buildLetter } from '../letters/build-letter';
import type { AuditSnapshot } from './archive/audit-head';
import type { DossierManifest } from './archive/manifest';
import { pageRange, type DocumentPart, type PageLayout } from './compose/document-parts';
import { exhibitContent, fixedPageCount } from './exhibits/exhibit-content';
import type { ExhibitFacts } from './exhibits/exhibit-facts';
import type { DossierSources } from './dossier-sources';
import { appendixContent } from './sections/appendix';
import { chronologyContent } from './sections/chronology';
import { contentsContent, type ContentsLine } from './sections/contents';
import { coverContent } from './sections/cover';
import { documentContent, documentStyles, sentLetterContent } from './sections/letter-sections';

const t = dossierText.contents;

/** What the dossier's pages are made of, besides the case itself. */
export interface DossierMaterial {
  sources: DossierSources;
  exhibits: readonly ExhibitFacts[];
  /** Where each exhibit's original is in the archive. */
  archiveNames: ReadonlyMap<string, string>;
  manifest: DossierManifest;
  manifestSha256: string;
  audit: AuditSnapshot;
  zipName: string;
}

export const exhibitKey = (id: string) => `exhibit:${id}`;
const letterKey = (id: string) => `letter:${id}`;

/** The 证据目录 with the dossier's own page numbers (from `layout`), or the facts it lacks. */
function evidenceList(material: DossierMaterial, layout?: PageLayout) {
  const evidencePages = layout && new Map(material.exhibits.map((facts) => [facts.item.id, pageRange(layout, exhibitKey(facts.item.id))]));
  return buildLetter('evidence-list', { ...material.sources.context, ...(evidencePages ? { evidencePages } : {}) });
}

/**
 * The dossier in order: cover, contents, 民事起诉状 (when the case has its facts), 证据目录, 大事记,
 * the letters sent, every exhibit, the integrity appendix. The cover, the contents and the 证据目录
 * print page numbers, so their content is made for a given page layout.
 */
export function dossierParts(material: DossierMaterial): { parts: DocumentPart[]; styles: StyleDictionary } {
  const { sources, exhibits } = material;
  const court = sources.courtComplaint;
  const list = evidenceList(material);
  const documents = [...(court.ok ? [court.document] : []), ...(list.ok ? [list.document] : []), ...sources.sentLetters.map((letter) => letter.document)];
  const listContent = (layout: PageLayout) => {
    const built = evidenceList(material, layout);
    return built.ok ? documentContent(built.document) : [];
  };

  const sections: DocumentPart[] = [
    ...(court.ok ? [{ key: 'court-complaint', content: documentContent(court.document) }] : []),
    ...(list.ok ? [{ key: 'evidence-list', content: listContent }] : []),
    { key: 'chronology', content: chronologyContent(sources.context) },
    ...sources.sentLetters.map((letter) => ({ key: letterKey(letter.record.id), content: sentLetterContent(letter) })),
  ];
  const exhibitParts: DocumentPart[] = exhibits.map((facts) => {
    const pages = fixedPageCount(facts);
    const original = { in: 'archive' as const, name: material.archiveNames.get(facts.item.id)! };
    return { key: exhibitKey(facts.item.id), content: exhibitContent(facts, original), exhibit: facts, ...(pages === undefined ? {} : { pages }) };
  });
  const appendix: DocumentPart = { key: 'appendix', content: appendixContent(material.manifest, material.manifestSha256, material.audit, material.zipName) };

  const titles: Record<string, string> = { 'court-complaint': t.courtComplaint, 'evidence-list': t.evidenceList, chronology: t.chronology };
  const contentsLines = (layout: PageLayout): ContentsLine[] => {
    const at = (key: string) => layout.starts.get(key)!;
    const lines: ContentsLine[] = [];
    let numbered = 0;
    for (const part of sections.filter((section) => !section.key.startsWith('letter:'))) lines.push({ title: t.numbered(numbered++, titles[part.key]!), page: at(part.key) });
    if (sources.sentLetters.length > 0) {
      lines.push({ title: t.numbered(numbered++, t.letters), page: at(letterKey(sources.sentLetters[0]!.record.id)) });
      for (const letter of sources.sentLetters) lines.push({ title: t.letter(letter.record.title, chineseDate(letter.record.sent.at)), page: at(letterKey(letter.record.id)), sub: true });
    }
    if (exhibits.length > 0) lines.push({ title: t.numbered(numbered++, t.exhibits(exhibits.length)), page: at(exhibitKey(exhibits[0]!.item.id)) });
    lines.push({ title: t.numbered(numbered, t.appendix), page: at('appendix') });
    return lines;
  };

  const cover: DocumentPart = {
    key: 'cover',
    content: (layout) =>
      coverContent({ sources, pages: layout.total, zipName: material.zipName, missingCourt: court.ok ? [] : court.missing, missingList: list.ok ? [] : list.missing }),
  };
  const contents: DocumentPart = { key: 'contents', content: (layout) => contentsContent(contentsLines(layout)) };
  return {
    parts: [cover, contents, ...sections, ...exhibitParts, appendix],
    styles: Object.assign({}, ...documents.map(documentStyles)) as StyleDictionary,
  };
}
