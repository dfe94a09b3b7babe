import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { LetterBlock } from '../../../src/shared/domain/letter-document';
import { evidenceListText } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';
import { hasPoppler, pdfPageText } from './poppler';

const api = useApiSession({ today: () => LETTER_TODAY });

describe('evidence bundle', () => {
  it('has the pages its layout says, and the 证据目录 gives each exhibit those pages', async () => {
    const { id } = await createLetterCase(api);
    const context = await api.session.letters.context(id);
    const ranges = context.evidence.map((item) => context.evidencePages!.get(item.id)!);
    // Contiguous from page 1: the image and the chat log take a label page, the PDF bill its label page and its own page.
    expect(ranges).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 3 },
      { from: 4, to: 4 },
    ]);
    const bundle = await PDFDocument.load(await api.session.letters.evidenceBundle(id));
    expect(bundle.getPageCount()).toBe(ranges.reduce((sum, r) => sum + r.to - r.from + 1, 0));

    const list = await generateDocument(api, id, 'evidence-list');
    const tables = list.sections.flatMap((section) => section.blocks).filter((b): b is Extract<LetterBlock, { type: 'table' }> => b.type === 'table');
    const pageColumn = evidenceListText.columns.indexOf('页码');
    const rows = tables.flatMap((table) => table.rows);
    expect(rows.map((row) => row[pageColumn])).toEqual(ranges.map((r) => evidenceListText.pages(r.from, r.to)));
    expect(rows.map((row) => row[1])).toEqual(context.evidence.map((item) => item.title));
  });

  it.skipIf(!hasPoppler)('keeps each label on one page however long its texts, so the page numbers hold', async () => {
    const { id } = await createLetterCase(api);
    const { items } = await api.call<{ items: { id: string }[] }>('evidence:list', { caseId: id });
    const long = '证明原告下单、付款、收到卡密、兑换失败、多次联系客服均未解决的全过程。'.repeat(20);
    for (const item of items) await api.call('evidence:update', { caseId: id, itemId: item.id, labels: { title: '很长的证据名称'.repeat(20), purpose: long, source: '来源'.repeat(60) } });
    const context = await api.session.letters.context(id);
    const pdf = await api.session.letters.evidenceBundle(id);
    // Each exhibit's label is on the page the 证据目录 gives, and the next page is not its overflow.
    for (const item of context.evidence) {
      const { from } = context.evidencePages!.get(item.id)!;
      expect(pdfPageText(pdf, from)).toContain(`证据${item.exhibitNumber}：`);
    }
    const total = [...context.evidencePages!.values()].reduce((sum, r) => sum + r.to - r.from + 1, 0);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(total);
  });
});
