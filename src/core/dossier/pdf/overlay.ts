import {
  concatTransformationMatrix,
  drawObject,
  PDFContentStream,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setLineWidth,
  setStrokingGrayscaleColor,
  stroke,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { Placement } from './placement';

const wrapped = new WeakSet<PDFPage>();

/**
 * pdfmake (pdfkit) starts every page by flipping the coordinate system and never restores it: its
 * content is put inside q … Q once, so what is drawn after it uses plain PDF coordinates.
 */
function isolateExistingContent(doc: PDFDocument, page: PDFPage): void {
  if (wrapped.has(page)) return;
  const { context } = doc;
  const start = context.register(PDFContentStream.of(context.obj({}), [pushGraphicsState()]));
  const end = context.register(PDFContentStream.of(context.obj({}), [popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
  wrapped.add(page);
}

/**
 * Draws an XObject (a picture or an embedded page) on top of what the page already shows, framed by a
 * thin gray line so a white screenshot or page keeps its edges on paper.
 */
export function drawXObject(doc: PDFDocument, page: PDFPage, ref: PDFRef, { matrix, shown }: Placement, kind: 'Image' | 'Page'): void {
  isolateExistingContent(doc, page);
  const name = page.node.newXObject(kind === 'Image' ? 'Im' : 'Pg', ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(...matrix),
    drawObject(name),
    popGraphicsState(),
    pushGraphicsState(),
    setLineWidth(0.5),
    setStrokingGrayscaleColor(0.6),
    rectangle(shown.x, shown.y, shown.width, shown.height),
    stroke(),
    popGraphicsState(),
  );
}
