import { readFileSync } from 'node:fs';
import pdfmake from 'pdfmake';
import type { Content, ContentStack, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { LetterBlock, LetterDocument, LetterSection } from '../../shared/domain/letter-document';
import type { LetterKind } from '../../shared/domain/letters';
import { COURT_FONT, FONT_FAMILIES, fontFaces, LETTER_FONT, type FontFamily } from './letter-fonts';

export const PAGE_SIZE = 'A4';
/** About 2.5 cm at the sides, a little more at the top, as for formal documents. */
export const PAGE_MARGINS: [number, number, number, number] = [72, 80, 72, 72];

/** pdfmake's in-memory files: its Node build looks a font up there before it would read the disk. */
const inMemory = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }).virtualfs;
let configured = false;
const loaded = new Set<FontFamily>();

/**
 * pdfmake is a process-wide singleton: fonts once, and no fetching of URLs or reading of files. A
 * family's two faces are read into pdfmake's in-memory files the first time a document is set in it:
 * reading 10–15 MB a face for every document (and collecting it again) was a fifth of rendering one.
 */
export function pdfPrinter(family: FontFamily): typeof pdfmake {
  if (!configured) {
    const faces = (of: FontFamily) => {
      const { normal, bold } = fontFaces(of);
      return { normal: normal.name, bold: bold.name, italics: normal.name, bolditalics: bold.name };
    };
    pdfmake.setFonts(Object.fromEntries(FONT_FAMILIES.map((of) => [of, faces(of)])));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    configured = true;
  }
  if (!loaded.has(family)) {
    for (const face of Object.values(fontFaces(family))) inMemory.writeFileSync(face.name, readFileSync(face.path));
    loaded.add(family);
  }
  return pdfmake;
}

/** Court papers are set in the serif court face, as courts' own documents are; letters in the sans face. */
const COURT_PAPERS: readonly LetterKind[] = ['court-complaint', 'evidence-list'];
export const fontFor = (kind: LetterKind): FontFamily => (COURT_PAPERS.includes(kind) ? COURT_FONT : LETTER_FONT);

const BODY_SIZE = 12;
const GRAY = '#666666';
/** Marks a heading that must stay with what follows it (see `pageBreakBefore` below). */
const HEADING_LEVEL = 1;
const FOOTER_STYLE = 'pageFooter';

const paragraph = (text: string): Content => ({ text, leadingIndent: BODY_SIZE * 2, margin: [0, 0, 0, 6] });
const listItem = (text: string): Content => ({ text, leadingIndent: BODY_SIZE * 2, margin: [0, 0, 0, 4] });

function table(block: Extract<LetterBlock, { type: 'table' }>, rows: string[][], withHeader: boolean): Content {
  const weights = block.widths ?? block.columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const header = block.columns.map((text) => ({ text, bold: true, alignment: 'center' as const, fillColor: '#eeeeee' }));
  return {
    table: {
      headerRows: withHeader ? 1 : 0,
      dontBreakRows: true,
      widths: weights.map((w) => `${((w / total) * 100).toFixed(1)}%`),
      // Fresh cells: pdfmake rewrites the body it is given in place, and the rows belong to the document being saved.
      body: [...(withHeader ? [header] : []), ...rows.map((row) => row.map((text) => ({ text })))],
    },
    fontSize: block.columns.length > 5 ? 9.5 : 10.5,
    lineHeight: 1.3,
    margin: [0, 2, 0, withHeader ? 0 : 10],
  };
}

/**
 * A block in two parts: all but its last line, and its last line (paragraph, list item or table row),
 * so the last line can be kept on the page of the signature that follows it.
 */
function splitLast(block: LetterBlock): { head: Content[]; last: Content } {
  switch (block.type) {
    case 'paragraph':
      return { head: [], last: paragraph(block.text) };
    case 'list':
      return { head: block.items.slice(0, -1).map(listItem), last: listItem(block.items.at(-1) ?? '') };
    case 'table':
      return block.rows.length > 1
        ? { head: [table(block, block.rows.slice(0, -1), true)], last: table(block, block.rows.slice(-1), false) }
        : { head: [], last: { ...(table(block, block.rows, true) as object), margin: [0, 2, 0, 10] } as Content };
  }
}

function blockContent(block: LetterBlock): Content[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(block.text)];
    case 'list':
      return [{ stack: block.items.map(listItem), margin: [0, 0, 0, 6] }];
    case 'table':
      return [{ ...(table(block, block.rows, true) as object), margin: [0, 2, 0, 10] } as Content];
  }
}

const heading = (text: string): Content => ({ text, style: 'heading', headlineLevel: HEADING_LEVEL });

const rightAligned = (lines: readonly string[]): Content => ({ stack: lines.map((text) => ({ text })), alignment: 'right', margin: [0, 24, 0, 0] });

/** A paper filed with the document: a page of its own, its heading as title, its closing lines at the end. */
const annex = (section: LetterSection): Content[] => [
  { text: section.heading ?? '', style: 'title', pageBreak: 'before' },
  ...section.blocks.flatMap(blockContent),
  ...(section.closing ? [{ ...(rightAligned(section.closing) as object), unbreakable: true } as Content] : []),
];

/**
 * The PDF definition: A4, formal margins, centred title, page numbers, signature and date lines.
 * No heading ends a page (it moves to the next with what it heads), and the signature is never alone
 * on a page: the last line before it goes with it.
 */
export function letterDefinition(document: LetterDocument): TDocumentDefinitions {
  const content: Content[] = [{ text: document.title, style: 'title' }];
  const email = document.kind === 'cs-email' || document.kind === 'management-escalation';
  if (document.subject) content.push(email ? { text: `主题：${document.subject}`, margin: [0, 0, 0, 12] } : { text: document.subject, alignment: 'center', margin: [0, 0, 0, 12] });
  if (document.salutation) content.push({ text: document.salutation, margin: [0, 0, 0, 6] });

  const sections = document.sections.filter((section) => section.blocks.length > 0 || section.heading);
  const tail: Content[] = [];
  sections.forEach((section, index) => {
    const final = index === sections.length - 1 && !document.fields?.length;
    const blocks = final ? section.blocks.slice(0, -1) : section.blocks;
    const lastBlock = final ? section.blocks.at(-1) : undefined;
    const split = lastBlock && splitLast(lastBlock);
    // A heading over nothing but the last line goes with it (and so with the signature).
    const alone = split !== undefined && blocks.length === 0 && split.head.length === 0;
    if (section.heading) (alone ? tail : content).push(heading(section.heading));
    content.push(...blocks.flatMap(blockContent), ...(split?.head ?? []));
    if (split) tail.push(split.last);
  });
  for (const field of document.fields ?? []) content.push(heading(field.label), { text: field.value, margin: [0, 0, 0, 6] });

  if (document.addressee) {
    const [first, ...rest] = document.addressee.split('\n');
    tail.push({ text: first ?? '', leadingIndent: BODY_SIZE * 2, margin: [0, 18, 0, 0] }, ...rest.map((line) => ({ text: line })));
  }
  const { signature } = document;
  if (signature) tail.push(rightAligned([`${signature.label}：${signature.name ?? ''}`, ...(signature.lines ?? []), signature.date]));
  if (tail.length > 0) content.push({ stack: tail, unbreakable: true } satisfies ContentStack);
  for (const section of document.annexes ?? []) content.push(...annex(section));

  return {
    pageSize: PAGE_SIZE,
    pageMargins: PAGE_MARGINS,
    info: { title: document.title, creator: '维权卷宗 Casebook' },
    defaultStyle: { font: fontFor(document.kind), fontSize: BODY_SIZE, lineHeight: 1.5 },
    styles: {
      title: { fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
      heading: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
      [FOOTER_STYLE]: { alignment: 'center', fontSize: 9, color: GRAY, margin: [0, 24, 0, 0] },
    },
    // A heading with nothing after it on its page (the page number aside) moves to the next page.
    pageBreakBefore: (node, { getFollowingNodesOnPage }) =>
      node.headlineLevel === HEADING_LEVEL && getFollowingNodesOnPage().every((following) => following.style === FOOTER_STYLE),
    footer: (page: number, pages: number) => ({ text: `第 ${page} 页 / 共 ${pages} 页`, style: FOOTER_STYLE }),
    content,
  };
}

export async function renderLetterPdf(document: LetterDocument): Promise<Buffer> {
  return pdfPrinter(fontFor(document.kind)).createPdf(letterDefinition(document)).getBuffer();
}
