import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import sharp from 'sharp';
import type { EvidenceView } from '../../shared/domain/evidence';
import { evidenceCategoryLabels } from '../../shared/messages/evidence';
import { bundleText as b } from '../../shared/messages/letters';
import { chineseDateTime } from './letter-format';
import { LETTER_FONT } from './letter-fonts';
import { PAGE_MARGINS, PAGE_SIZE, pdfPrinter } from './render-pdf';

/** Where each exhibit starts and ends in the bundle (1-based pages). */
export type EvidencePages = Map<string, { from: number; to: number }>;

const isPdf = (item: EvidenceView) => item.mediaType === 'application/pdf';
const isImage = (item: EvidenceView) => item.mediaType.startsWith('image/');

async function pdfPageCount(path: string): Promise<number> {
  try {
    return (await PDFDocument.load(await readFile(path), { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    return 0;
  }
}

/**
 * The bundle's layout: every exhibit gets a page with its label (and the picture, for images); a PDF
 * original follows its label page with all of its own pages. Unreadable PDFs get the label page only.
 */
export async function layoutEvidenceBundle(items: readonly EvidenceView[], pathOf: (item: EvidenceView) => string): Promise<{ pages: EvidencePages; pdfPages: Map<string, number> }> {
  const pages: EvidencePages = new Map();
  const pdfPages = new Map<string, number>();
  let next = 1;
  for (const item of items) {
    const extra = isPdf(item) ? await pdfPageCount(pathOf(item)) : 0;
    if (extra > 0) pdfPages.set(item.id, extra);
    pages.set(item.id, { from: next, to: next + extra });
    next += 1 + extra;
  }
  return { pages, pdfPages };
}

/** Images pdfmake cannot draw (WebP, HEIC, GIF …) are converted to PNG for the printout only. */
async function imageDataUrl(path: string, mediaType: string): Promise<string | undefined> {
  try {
    const bytes = mediaType === 'image/png' || mediaType === 'image/jpeg' ? await readFile(path) : await sharp(path).rotate().png().toBuffer();
    const type = mediaType === 'image/jpeg' ? 'jpeg' : 'png';
    return `data:image/${type};base64,${bytes.toString('base64')}`;
  } catch {
    return undefined;
  }
}

/** Long labels are clipped on the label page (the 证据目录 has them in full): each label stays one page. */
const clip = (text: string, max: number) => (Array.from(text).length > max ? `${Array.from(text).slice(0, max).join('')}…` : text);

async function labelPage(item: EvidenceView, path: string, first: boolean): Promise<Content[]> {
  const facts = [
    `${b.category}：${evidenceCategoryLabels[item.category]}`,
    item.source ? `${b.source}：${clip(item.source, 60)}` : '',
    item.purpose ? `${b.purpose}：${clip(item.purpose, 120)}` : '',
    `${b.originalName}：${clip(item.originalName, 80)}`,
    `${b.capturedAt}：${chineseDateTime(item.capturedAt)}（${b.capturedAtSource[item.capturedAtSource]}）`,
    `SHA-256：${item.sha256}`,
  ].filter(Boolean);
  const picture = isImage(item) ? await imageDataUrl(path, item.mediaType) : undefined;
  const body: Content[] = picture
    ? [{ image: picture, fit: [451, 380], alignment: 'center', margin: [0, 10, 0, 0] }]
    : [{ text: isPdf(item) ? b.pdfFollows : b.notPrintable(item.mediaType), margin: [0, 16, 0, 0], color: '#444444' }];
  return [
    // The break goes before a heading, never after a full page (an empty element there would spill onto a blank page).
    { text: `证据${item.exhibitNumber}：${clip(item.title, 40)}`, fontSize: 15, bold: true, margin: [0, 0, 0, 8], ...(first ? {} : { pageBreak: 'before' as const }) },
    { stack: facts.map((text) => ({ text })), fontSize: 9.5, color: '#333333' },
    ...body,
  ];
}

/**
 * The evidence bundle attached to a complaint e-mail: each exhibit labelled with its SHA-256, images
 * drawn on their page, PDF originals appended page by page (not rasterised), other media described.
 */
export async function renderEvidenceBundle(items: readonly EvidenceView[], pathOf: (item: EvidenceView) => string): Promise<Buffer> {
  const { pdfPages } = await layoutEvidenceBundle(items, pathOf);
  const content: Content[] = [];
  for (const [index, item] of items.entries()) content.push(...(await labelPage(item, pathOf(item), index === 0)));
  const definition: TDocumentDefinitions = {
    pageSize: PAGE_SIZE,
    pageMargins: PAGE_MARGINS,
    defaultStyle: { font: LETTER_FONT, fontSize: 11, lineHeight: 1.4 },
    info: { title: b.title, creator: '维权卷宗 Casebook' },
    content,
  };
  const labels = await PDFDocument.load(await pdfPrinter().createPdf(definition).getBuffer());
  if (pdfPages.size === 0) return Buffer.from(await labels.save());
  // Interleave: each exhibit's label page, then (for PDFs) its own pages.
  const bundle = await PDFDocument.create();
  let labelIndex = 0;
  for (const item of items) {
    const [label] = await bundle.copyPages(labels, [labelIndex++]);
    bundle.addPage(label!);
    if (pdfPages.has(item.id)) {
      const source = await PDFDocument.load(await readFile(pathOf(item)), { ignoreEncryption: true });
      for (const page of await bundle.copyPages(source, source.getPageIndices())) bundle.addPage(page);
    }
  }
  return Buffer.from(await bundle.save());
}
