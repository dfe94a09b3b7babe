import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { EvidenceListing } from '../../../src/shared/api/contract';
import type { LetterBlock } from '../../../src/shared/domain/letter-document';
import { evidenceListText } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { pdfFile, wavFile } from '../dossier/exhibit-files';
import { tempDir } from '../temp-dir';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';
import { hasPoppler, pdfPageText, POPPLER_MISSING } from './poppler';

const api = useApiSession({ today: () => LETTER_TODAY });

const pageCount = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

describe('evidence bundle', () => {
  it('has the pages its layout says, and the 证据目录 gives each exhibit those pages', async () => {
    const { id } = await createLetterCase(api);
    const context = await api.session.letters.context(id);
    const ranges = context.evidence.map((item) => context.evidencePages!.get(item.id)!);
    // One page each: the screenshot under its heading, the one-page PDF bill below its heading, the short chat log.
    expect(ranges).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
    expect(await pageCount(await api.session.letters.evidenceBundle(id))).toBe(3);

    const list = await generateDocument(api, id, 'evidence-list');
    const tables = list.sections.flatMap((section) => section.blocks).filter((b): b is Extract<LetterBlock, { type: 'table' }> => b.type === 'table');
    const pageColumn = evidenceListText.columns.indexOf('页码');
    const rows = tables.flatMap((table) => table.rows);
    expect(rows.map((row) => row[pageColumn])).toEqual(ranges.map((r) => evidenceListText.pages(r.from, r.to)));
  });

  it.skipIf(!hasPoppler)('numbers every page, keeps each heading on the page the 证据目录 gives however long the labels, and stamps every PDF page', async () => {
    const { id } = await createLetterCase(api);
    const sources = tempDir('casebook-bundle-sources-');
    await api.call('evidence:import-paths', { caseId: id, paths: [await pdfFile(sources, '发票.pdf', ['Invoice page one', 'Invoice page two'])] });
    const { items } = await api.call<EvidenceListing>('evidence:list', { caseId: id });
    const long = '证明原告下单、付款、收到卡密、兑换失败、多次联系客服均未解决的全过程。'.repeat(20);
    for (const item of items) await api.call('evidence:update', { caseId: id, itemId: item.id, labels: { title: `${item.title}${'很长的证据名称'.repeat(20)}`, purpose: long, source: '来源'.repeat(60) } });

    const context = await api.session.letters.context(id);
    const pdf = await api.session.letters.evidenceBundle(id);
    const total = await pageCount(pdf);
    expect(total).toBe(Math.max(...[...context.evidencePages!.values()].map((r) => r.to)));
    for (let page = 1; page <= total; page++) expect(pdfPageText(pdf, page)).toContain(`第${page}页/共${total}页`);
    for (const item of context.evidence) {
      const { from, to } = context.evidencePages!.get(item.id)!;
      expect(pdfPageText(pdf, from)).toContain(`证据${item.exhibitNumber}${item.title.slice(0, 6)}`);
      if (from < to) expect(pdfPageText(pdf, from + 1)).not.toContain(item.title.slice(0, 6));
    }
    // The two-page invoice: its text stays text (not rasterised), each page stamped with its place.
    const invoice = context.evidence.find((item) => item.originalName === '发票.pdf')!;
    const { from } = context.evidencePages!.get(invoice.id)!;
    expect(pdfPageText(pdf, from)).toContain('Invoicepageone');
    expect(pdfPageText(pdf, from)).toContain(`证据${invoice.exhibitNumber}第1页/共2页`);
    expect(pdfPageText(pdf, from + 1)).toContain('Invoicepagetwo');
    expect(pdfPageText(pdf, from + 1)).toContain(`证据${invoice.exhibitNumber}第2页/共2页`);
    const sizes = (await PDFDocument.load(pdf)).getPages().map((page) => page.getSize());
    expect(new Set(sizes.map(({ width, height }) => `${Math.round(width)}×${Math.round(height)}`))).toEqual(new Set(['595×842']));
  });

  it.skipIf(!hasPoppler)('prints a capture time only when the picture or the person vouches for it, never a file’s modification time', async () => {
    const { id } = await createLetterCase(api);
    const screenshot = (await api.session.letters.context(id)).evidence[0]!;
    expect(screenshot.capturedAtSource).toBe('file-mtime');
    expect(pdfPageText(await api.session.letters.evidenceBundle(id), 1)).not.toContain('形成时间');

    await api.call('evidence:update', { caseId: id, itemId: screenshot.id, labels: { capturedAt: '2024-05-20 14:32' } });
    expect(pdfPageText(await api.session.letters.evidenceBundle(id), 1)).toContain('形成时间：2024年5月20日14时32分（当事人填写）');
  });

  it.skipIf(!hasPoppler)('describes a recording by its file facts and prints its transcript; it says the original is not attached', async () => {
    const { id } = await createLetterCase(api);
    const wav = wavFile(tempDir('casebook-bundle-sources-'), '客服通话录音.wav', 3);
    const { imported } = await api.call<{ imported: { id: string }[] }>('evidence:import-paths', { caseId: id, paths: [wav] });
    await api.call('evidence:update', { caseId: id, itemId: imported[0]!.id, labels: { transcript: '客服（工号KF8848）：您的工单已登记，三个工作日内处理。', recording: { consent: 'informed' } } });
    const context = await api.session.letters.context(id);
    const recording = context.evidence.find((item) => item.id === imported[0]!.id)!;
    const text = pdfPageText(await api.session.letters.evidenceBundle(id), context.evidencePages!.get(recording.id)!.from);
    expect(text).toContain('时长3秒');
    expect(text).toContain(`${recording.size.toLocaleString('en-US')}字节`);
    expect(text).toContain(recording.sha256);
    expect(text).toContain('已告知对方在录音');
    expect(text).toContain('客服（工号KF8848）：您的工单已登记，三个工作日内处理。');
    expect(text).toContain('未随本材料附送');
  });
});

if (!hasPoppler) console.warn(POPPLER_MISSING);
