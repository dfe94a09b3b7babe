import { readFile } from 'node:fs/promises';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import type { DossierProgress } from '../../../shared/domain/dossier';
import type { Content, StyleDictionary } from 'pdfmake/interfaces';
import { exhibitText as x, dossierText } from '../../../shared/messages/dossier';
import { COURT_FONT } from '../../letters/letter-fonts';
import { pdfPrinter } from '../../letters/render-pdf';
import type { ExhibitFacts } from '../exhibits/exhibit-facts';
import { CONTINUATION_BOX, FIRST_PAGE_BOX, MAX_PICTURE_SCALE, STAMP_MARGIN } from '../exhibits/exhibit-geometry';
import { registerImage, type ImageSource } from '../pdf/image-source';
import { drawXObject } from '../pdf/overlay';
import { fitContent, fitUnitSquare, quarterTurns } from '../pdf/placement';
import { writePdfFile } from '../pdf/write-pdf-file';
import { documentBase, observedStarts, partsFlow, type DocumentPart, type PageLayout } from './document-parts';

/** How far a paged document has got: `done` of `total` exhibits drawn, or pictures written. */
export type ComposeProgress = DossierProgress & { step: 'layout' | 'exhibits' | 'write' };

export interface ComposeOptions {
  title: string;
  styles?: StyleDictionary;
  signal?: AbortSignal;
  onProgress?: (progress: ComposeProgress) => void;
}

const STAMP_WIDTH = 72;

/** The exhibit stamp in the top margin: 证据N, and the page within the exhibit when it has several. */
function stamp(facts: ExhibitFacts, page: number, pages: number): Content {
  const rows = [[{ text: x.stamp(facts.item.exhibitNumber), bold: true, fontSize: 11, alignment: 'center' as const, margin: [6, 1, 6, 0] as [number, number, number, number] }]];
  if (pages > 1) rows.push([{ text: x.stampPage(page, pages), bold: false, fontSize: 7.5, alignment: 'center' as const, margin: [6, 0, 6, 1] }]);
  return {
    columns: [{ width: '*', text: '' }, { width: STAMP_WIDTH, table: { widths: ['*'], body: rows }, layout: { hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === node.table.body.length ? 0.8 : 0), vLineWidth: () => 0.8 } }],
    margin: STAMP_MARGIN,
  };
}

/** Which part a page belongs to and the page's place in it. */
function partAt(parts: readonly DocumentPart[], layout: PageLayout, page: number): { part: DocumentPart; index: number } | undefined {
  for (const part of parts) {
    const from = layout.starts.get(part.key)!;
    const count = layout.pages.get(part.key)!;
    if (page >= from && page < from + count) return { part, index: page - from };
  }
  return undefined;
}

/**
 * Lays the whole document out with pdfmake, every page numbered 第 N 页 / 共 M 页 and every exhibit
 * page stamped, and checks that each part landed where `layout` (from which the contents and the
 * 证据目录 took their page numbers) said it would.
 */
async function renderFrame(parts: readonly DocumentPart[], layout: PageLayout, options: ComposeOptions): Promise<Uint8Array> {
  const { starts, pageBreakBefore } = observedStarts(parts.length);
  let total = 0;
  const frame = await pdfPrinter(COURT_FONT)
    .createPdf({
      ...documentBase(options.title, options.styles),
      content: partsFlow(parts, layout),
      pageBreakBefore,
      header: (page: number) => {
        const at = partAt(parts, layout, page);
        return at?.part.exhibit ? stamp(at.part.exhibit, at.index + 1, layout.pages.get(at.part.key)!) : '';
      },
      footer: (page: number, pages: number) => {
        total = pages;
        return { text: dossierText.pageNumber(page, pages), alignment: 'center', fontSize: 9, color: '#444444', margin: [0, 30, 0, 0] };
      },
    })
    .getBuffer();
  const drifted = parts.find((part, index) => starts[index] !== layout.starts.get(part.key));
  if (total !== layout.total || drifted) {
    throw new Error(`The laid-out pages differ from the plan (${total} of ${layout.total} pages; part ${drifted?.key ?? '—'})`);
  }
  return frame;
}

function drawPicture(doc: PDFDocument, page: PDFPage, source: ImageSource): void {
  const placement = fitUnitSquare(FIRST_PAGE_BOX, source.width, source.height, source.turns, MAX_PICTURE_SCALE);
  drawXObject(doc, page, registerImage(doc.context, source), placement, 'Image');
}

/** The original's pages, each scaled onto its A4 page below the heading or the stamp, never rasterised. */
async function drawPdfPages(doc: PDFDocument, pages: readonly PDFPage[], facts: ExhibitFacts): Promise<void> {
  const source = await PDFDocument.load(await readFile(facts.path), { updateMetadata: false });
  const originals = source.getPages();
  const boxes = originals.map((original) => {
    const crop = original.getCropBox();
    return { left: crop.x, bottom: crop.y, right: crop.x + crop.width, top: crop.y + crop.height };
  });
  const embedded = await doc.embedPages(originals, boxes);
  embedded.forEach((form, index) => {
    const turns = quarterTurns(originals[index]!.getRotation().angle);
    const placement = fitContent(index === 0 ? FIRST_PAGE_BOX : CONTINUATION_BOX, form.width, form.height, turns);
    drawXObject(doc, pages[index]!, form.ref, placement, 'Page');
  });
}

/**
 * Writes a paged document to `target`: pdfmake lays out every page (text, exhibit headings and stamps,
 * page numbers), then pdf-lib draws each picture and each page of a PDF original onto its page, and
 * the file is written object by object with the pictures' bytes copied from their files. Returns the
 * size and SHA-256 of what was written.
 */
export async function composePdf(parts: readonly DocumentPart[], layout: PageLayout, target: string, options: ComposeOptions): Promise<{ size: number; sha256: string }> {
  const exhibits = parts.filter((part) => part.exhibit?.image || (part.exhibit?.kind === 'pdf' && !part.exhibit.pdfProblem));
  options.onProgress?.({ step: 'layout', done: 0, total: exhibits.length });
  const doc = await PDFDocument.load(await renderFrame(parts, layout, options), { updateMetadata: false });
  const pages = doc.getPages();
  for (const [done, part] of exhibits.entries()) {
    options.signal?.throwIfAborted();
    const facts = part.exhibit!;
    const first = layout.starts.get(part.key)! - 1;
    if (facts.image) drawPicture(doc, pages[first]!, facts.image);
    else await drawPdfPages(doc, pages.slice(first, first + facts.pdfPages!), facts);
    options.onProgress?.({ step: 'exhibits', done: done + 1, total: exhibits.length });
  }
  return writePdfFile(doc, target, {
    ...(options.signal ? { signal: options.signal } : {}),
    onPicture: (done, total) => options.onProgress?.({ step: 'write', done, total }),
  });
}
