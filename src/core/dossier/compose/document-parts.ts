import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { COURT_FONT } from '../../letters/letter-fonts';
import { pdfPrinter } from '../../letters/render-pdf';
import type { ExhibitFacts } from '../exhibits/exhibit-facts';
import { MARGINS } from '../exhibits/exhibit-geometry';

/** One part of a paged document (a section or an exhibit); every part starts on a fresh page. */
export interface DocumentPart {
  /** Unique within the document, e.g. `cover` or `exhibit:01J…`. */
  key: string;
  /** What pdfmake lays out; a function of the page layout where the part prints page numbers (contents, cover). */
  content: Content[] | ((layout: PageLayout) => Content[]);
  /** Known without laying the part out (a picture, the pages of a PDF); otherwise measured. */
  pages?: number;
  /** An exhibit: stamped on every page, its picture or PDF pages drawn on top. */
  exhibit?: ExhibitFacts;
}

/** Where each part starts (1-based) and how many pages it takes. */
export interface PageLayout {
  starts: ReadonlyMap<string, number>;
  pages: ReadonlyMap<string, number>;
  total: number;
}

export const pageRange = (layout: PageLayout, key: string): { from: number; to: number } => {
  const from = layout.starts.get(key)!;
  return { from, to: from + layout.pages.get(key)! - 1 };
};

/** The common page setup: A4, the letters' margins, the court font. */
export function documentBase(title: string, styles: StyleDictionary = {}): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: { title, creator: '维权卷宗 Casebook' },
    defaultStyle: { font: COURT_FONT, fontSize: 11, lineHeight: 1.4 },
    styles,
  };
}

const partId = (index: number) => `part:${index}`;

const contentOf = (part: DocumentPart, layout: PageLayout): Content[] => (typeof part.content === 'function' ? part.content(layout) : part.content);

/**
 * The parts as one flow, each in a stack that ends with a page break: laid out together, each still
 * starts on a fresh page, and pdfmake reports where each stack landed (see {@link observedStarts}).
 */
export const partsFlow = (parts: readonly DocumentPart[], layout: PageLayout): Content[] =>
  parts.map((part, index) => ({ stack: contentOf(part, layout), id: partId(index), ...(index < parts.length - 1 ? { pageBreak: 'after' as const } : {}) }));

/**
 * Records the first page of every part while pdfmake lays the document out. pdfmake hands every laid-out
 * node to `pageBreakBefore` (once the layout is final, as we never ask for a break), with its pages.
 */
export function observedStarts(count: number): { starts: number[]; pageBreakBefore: NonNullable<TDocumentDefinitions['pageBreakBefore']> } {
  const starts: number[] = new Array(count).fill(0);
  return {
    starts,
    pageBreakBefore: (node) => {
      const match = typeof node.id === 'string' ? /^part:(\d+)$/.exec(node.id) : null;
      if (match && node.pageNumbers?.length) starts[Number(match[1])] = node.pageNumbers[0]!;
      return false;
    },
  };
}

/** Page counts from observed starts: each part runs up to the next one's start. */
export function countsFromStarts(starts: readonly number[], total: number): number[] {
  return starts.map((start, index) => (index + 1 < starts.length ? starts[index + 1]! : total + 1) - start);
}

/**
 * Lays out the parts whose page count is not known (in one pdfmake run, with the page numbers of
 * `layout`) and returns every part's count. `styles` are the named styles the contents use.
 */
async function measureParts(parts: readonly DocumentPart[], layout: PageLayout, styles?: StyleDictionary): Promise<number[]> {
  const unknown = parts.map((part, index) => ({ part, index })).filter(({ part }) => part.pages === undefined);
  const counts = parts.map((part) => part.pages ?? 0);
  if (unknown.length === 0) return counts;
  const { starts, pageBreakBefore } = observedStarts(unknown.length);
  let total = 0;
  await pdfPrinter(COURT_FONT)
    .createPdf({
      ...documentBase('', styles),
      content: partsFlow(
        unknown.map(({ part }) => part),
        layout,
      ),
      pageBreakBefore,
      footer: (_page: number, pages: number) => {
        total = pages;
        return '';
      },
    })
    .getBuffer();
  countsFromStarts(starts, total).forEach((count, position) => (counts[unknown[position]!.index] = count));
  return counts;
}

/** The page layout of parts whose counts are known. */
export function layoutOf(parts: readonly DocumentPart[], counts: readonly number[]): PageLayout {
  const starts = new Map<string, number>();
  const pages = new Map<string, number>();
  let next = 1;
  parts.forEach((part, index) => {
    starts.set(part.key, next);
    pages.set(part.key, counts[index]!);
    next += counts[index]!;
  });
  return { starts, pages, total: next - 1 };
}

const sameLayout = (a: PageLayout, b: PageLayout) => a.total === b.total && [...a.starts].every(([key, start]) => b.starts.get(key) === start);

/**
 * The page layout of the parts: pictures and PDF pages counted, everything else laid out. Parts
 * whose content prints page numbers are laid out again with the numbers of the previous round until
 * nothing moves (one extra round, usually: only the width of a number can change a layout).
 */
export async function settleLayout(parts: readonly DocumentPart[], styles?: StyleDictionary): Promise<PageLayout> {
  const measured = new Map<string, number>();
  let layout = layoutOf(
    parts,
    parts.map((part) => part.pages ?? 1),
  );
  const numbered = parts.some((part) => typeof part.content === 'function');
  for (let round = 0; round < 4; round++) {
    const pending = parts.map((part) => (part.pages === undefined && measured.has(part.key) ? { ...part, pages: measured.get(part.key)! } : part));
    const counts = await measureParts(pending, layout, styles);
    parts.forEach((part, index) => {
      if (part.pages === undefined && typeof part.content !== 'function') measured.set(part.key, counts[index]!);
    });
    const next = layoutOf(parts, counts);
    if (!numbered || (round > 0 && sameLayout(next, layout))) return next;
    layout = next;
  }
  throw new Error('The page layout did not settle');
}
