import { describe, expect, it } from 'vitest';
import { renderLetterPdf } from '../../../src/core/letters/render-pdf';
import type { LetterDocument } from '../../../src/shared/domain/letter-document';
import { LETTER_KINDS, type LetterKind } from '../../../src/shared/domain/letters';
import { courtText, evidenceListText, formFieldLabels, letterDisclaimer, letterSections as s } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';
import { hasPoppler, pdfFonts, pdfPageLines, pdfText, POPPLER_MISSING, positionsInOrder } from './poppler';

const api = useApiSession({ today: () => LETTER_TODAY });

const blackcatFields = Object.values(formFieldLabels.blackcat);
const numbered = (...headings: string[]) => headings.map((heading, i) => `${'一二三四五六七八'[i]}、${heading}`);

/** The parts of each kind's PDF, in the order they must appear. */
const sections: Record<LetterKind, string[]> = {
  'cs-email': [...numbered(s.complainant, s.respondent, s.facts, s.demand, s.basis, s.next), s.evidence],
  'management-escalation': numbered(...Object.values(s.managementHeadings)),
  blackcat: blackcatFields,
  'blackcat-followup': blackcatFields,
  '12315': Object.values(formFieldLabels['12315']),
  'court-complaint': [...Object.values(courtText.headings), '此致', courtText.service.title],
  'evidence-list': [evidenceListText.groupHeading(1, evidenceListText.groups.transaction), evidenceListText.groupHeading(2, evidenceListText.groups.communication), '举证人：原告李明（签名）'],
};

/** Court papers are set in the serif court face; letters and forms in the sans face. */
const COURT_PAPERS: readonly LetterKind[] = ['court-complaint', 'evidence-list'];

/** Every heading a document has, as the PDF prints it. */
const headingsOf = (document: LetterDocument) => [...document.sections, ...(document.annexes ?? [])].flatMap((section) => (section.heading ? [section.heading.replace(/\s+/g, '')] : []));

describe.skipIf(!hasPoppler)(`letter PDFs (${hasPoppler ? 'poppler found' : POPPLER_MISSING})`, () => {
  it.each(LETTER_KINDS)('%s: sections in order, its face embedded, no disclaimer', async (kind) => {
    const { id } = await createLetterCase(api);
    const pdf = await renderLetterPdf(await generateDocument(api, id, kind));
    const text = pdfText(pdf);
    const positions = positionsInOrder(text, sections[kind]);
    expect(positions.every((p) => p >= 0), `${kind}: ${sections[kind].filter((_, i) => positions[i]! < 0).join(', ')}`).toBe(true);
    expect(text).not.toMatch(/undefined|null|NaN/);
    expect(text).not.toContain(letterDisclaimer.replace(/\s+/g, ''));
    expect(text).not.toMatch(/仅为草稿|不构成法律意见/);
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    const face = COURT_PAPERS.includes(kind) ? 'NotoSerifSC' : 'NotoSansSC';
    expect(fonts.every((font) => font.embedded && font.name.includes(face)), fonts.map((f) => f.name).join(', ')).toBe(true);
  });

  it('起诉状: no heading ends a page, the signature is never alone, the 送达地址确认书 is a page of its own', async () => {
    const { id } = await createLetterCase(api);
    const document = await generateDocument(api, id, 'court-complaint');
    const pages = pdfPageLines(await renderLetterPdf(document));
    const headings = headingsOf(document);
    expect(pages.length).toBeGreaterThan(2);
    for (const [index, lines] of pages.entries()) {
      const last = lines.at(-1)!.replace(/\s+/g, '');
      expect(headings, `page ${index + 1} ends with the heading ${last}`).not.toContain(last);
    }
    const signed = pages.findIndex((lines) => lines.some((line) => line.startsWith(courtText.signer)));
    expect(pages[signed]!.filter((line) => !line.startsWith(courtText.signer) && !/^\d{4}年/.test(line)).length).toBeGreaterThan(2);
    const service = pages.at(-1)!;
    expect(service[0]).toBe(courtText.service.title);
    expect(service.join('')).toContain('是否同意电子送达：同意');
    expect(pages.slice(0, -1).some((lines) => lines.includes(courtText.service.title))).toBe(false);
  });

  it('headings kept with what follows even when a page is full: a long history still leaves no heading at a page foot', async () => {
    const { id } = await createLetterCase(api);
    const document = await generateDocument(api, id, 'management-escalation');
    // Push every heading to every possible place on a page by adding paragraphs one at a time.
    for (let extra = 0; extra < 24; extra += 3) {
      const padded: LetterDocument = {
        ...document,
        sections: document.sections.map((section, i) =>
          i === 0 ? { ...section, blocks: [...section.blocks, ...Array.from({ length: extra }, () => ({ type: 'paragraph' as const, text: '补充说明：'.repeat(9) }))] } : section,
        ),
      };
      const pages = pdfPageLines(await renderLetterPdf(padded));
      for (const lines of pages) expect(headingsOf(padded), `${extra}: ${lines.at(-1)}`).not.toContain(lines.at(-1)!.replace(/\s+/g, ''));
    }
  });

  it('证据目录: the signature line shares its page with the last exhibit row', async () => {
    const { id } = await createLetterCase(api);
    const document = await generateDocument(api, id, 'evidence-list');
    const padded: LetterDocument = {
      ...document,
      sections: document.sections.map((section) => ({
        ...section,
        blocks: section.blocks.map((block) => (block.type === 'table' ? { ...block, rows: [...block.rows, ...Array.from({ length: 14 }, (_, i) => [`${i + 4}`, '聊天截图', '电子数据', '客服聊天', '证明客服承诺处理且未履行', '打印件', `${i + 5}`])] } : block)),
      })),
    };
    const pages = pdfPageLines(await renderLetterPdf(padded));
    const signed = pages.find((lines) => lines.some((line) => line.includes('举证人')))!;
    expect(signed.some((line) => line.includes('聊天截图'))).toBe(true);
  });
});
