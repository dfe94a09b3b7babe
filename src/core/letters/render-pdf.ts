import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { LetterBlock, LetterDocument } from '../../shared/domain/letter-document';
import { LETTER_FONT, letterFonts } from './letter-fonts';

let configured = false;

export const PAGE_SIZE = 'A4';
/** About 2.5 cm at the sides, a little more at the top, as for formal documents. */
export const PAGE_MARGINS: [number, number, number, number] = [72, 80, 72, 72];

/** pdfmake is a process-wide singleton: fonts once, and no fetching of URLs or reading of other files. */
export function pdfPrinter(): typeof pdfmake {
  if (!configured) {
    const fonts = letterFonts();
    const allowed = new Set(Object.values(fonts).flatMap((face) => Object.values(face)));
    pdfmake.setFonts(fonts);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
    configured = true;
  }
  return pdfmake;
}

const BODY_SIZE = 12;
const GRAY = '#666666';

function blockContent(block: LetterBlock): Content {
  switch (block.type) {
    case 'paragraph':
      // First-line indent of two characters, as Chinese letters are written.
      return { text: block.text, leadingIndent: BODY_SIZE * 2, margin: [0, 0, 0, 6] };
    case 'list':
      return { stack: block.items.map((item) => ({ text: item, leadingIndent: BODY_SIZE * 2, margin: [0, 0, 0, 4] })), margin: [0, 0, 0, 6] };
    case 'table': {
      const total = (block.widths ?? block.columns.map(() => 1)).reduce((a, b) => a + b, 0);
      return {
        table: {
          headerRows: 1,
          widths: (block.widths ?? block.columns.map(() => 1)).map((w) => `${((w / total) * 100).toFixed(1)}%`),
          body: [block.columns.map((text) => ({ text, bold: true, alignment: 'center' as const, fillColor: '#eeeeee' })), ...block.rows],
        },
        fontSize: 10.5,
        margin: [0, 2, 0, 10],
      };
    }
  }
}

/** The PDF definition: A4, formal margins, centred title, page numbers, signature and date lines. */
export function letterDefinition(document: LetterDocument): TDocumentDefinitions {
  const content: Content[] = [{ text: document.title, style: 'title' }];
  if (document.subject && document.kind !== 'cs-email' && document.kind !== 'management-escalation') {
    content.push({ text: document.subject, alignment: 'center', margin: [0, 0, 0, 12] });
  }
  if (document.subject && (document.kind === 'cs-email' || document.kind === 'management-escalation')) {
    content.push({ text: `主题：${document.subject}`, margin: [0, 0, 0, 12] });
  }
  if (document.salutation) content.push({ text: document.salutation, margin: [0, 0, 0, 6] });
  for (const section of document.sections) {
    if (section.heading) content.push({ text: section.heading, style: 'heading' });
    content.push(...section.blocks.map(blockContent));
  }
  for (const field of document.fields ?? []) {
    content.push({ text: field.label, style: 'heading' }, { text: field.value, margin: [0, 0, 0, 6] });
  }
  if (document.addressee) {
    const [first, ...rest] = document.addressee.split('\n');
    content.push({ text: first ?? '', leadingIndent: BODY_SIZE * 2, margin: [0, 18, 0, 0] }, ...rest.map((line) => ({ text: line, margin: [0, 0, 0, 0] as [number, number, number, number] })));
  }
  content.push({
    stack: [
      { text: `${document.signature.label}：${document.signature.name ?? '＿＿＿＿＿＿＿＿'}` },
      ...(document.signature.lines ?? []).map((line) => ({ text: line })),
      { text: document.signature.date },
    ],
    alignment: 'right',
    margin: [0, 24, 0, 0],
    unbreakable: true,
  });
  content.push({ text: document.draftNote, fontSize: 9, color: GRAY, margin: [0, 30, 0, 0] });
  return {
    pageSize: PAGE_SIZE,
    pageMargins: PAGE_MARGINS,
    info: { title: document.title, creator: '维权卷宗 Casebook' },
    defaultStyle: { font: LETTER_FONT, fontSize: BODY_SIZE, lineHeight: 1.5 },
    styles: {
      title: { fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
      heading: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
    },
    footer: (page: number, pages: number) => ({ text: `第 ${page} 页 / 共 ${pages} 页`, alignment: 'center', fontSize: 9, color: GRAY, margin: [0, 24, 0, 0] }),
    content,
  };
}

export async function renderLetterPdf(document: LetterDocument): Promise<Buffer> {
  return pdfPrinter().createPdf(letterDefinition(document)).getBuffer();
}
