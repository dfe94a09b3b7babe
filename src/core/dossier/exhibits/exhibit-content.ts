import type { Content, TableCell } from 'pdfmake/interfaces';
import { exhibitText as x } from '../../../shared/messages/dossier';
import { recordingConsentLabels } from '../../../shared/messages/evidence';
import { chineseDateTime } from '../../letters/letter-format';
import { clipLine } from './clip-line';
import type { ExhibitFacts } from './exhibit-facts';
import { HEADING_HEIGHT, TEXT_WIDTH } from './exhibit-geometry';

/** Where the original of an exhibit can be found, as the document says it. */
export type OriginalWhereabouts = { in: 'archive'; name: string } | { in: 'not-attached' };

const FACT_SIZE = 9.5;
const HEADING_SIZE = 14;
const GRAY = '#333333';

/** A labelled fact on one line, cut to fit. */
function factLine(label: string, value: string): Content {
  const room = TEXT_WIDTH - (label.length + 1) * FACT_SIZE;
  return { text: [{ text: `${label}：`, bold: true }, clipLine(value, room, FACT_SIZE)], noWrap: true };
}

/** A time vouched for by the evidence itself or by the person; a file's modification time is not one. */
const confirmedCaptureTime = (facts: ExhibitFacts): string | undefined => {
  const source = x.capturedAtSource[facts.item.capturedAtSource];
  return source ? `${chineseDateTime(facts.item.capturedAt)}（${source}）` : undefined;
};

/**
 * The block at the top of an exhibit's first page: 证据N and its title, source, purpose, the times,
 * the original file and its SHA-256. Always exactly {@link HEADING_HEIGHT} high, every line cut to
 * one line, so a picture drawn below it has a known place and the page count is known in advance.
 */
function headingBlock(facts: ExhibitFacts): Content {
  const { item } = facts;
  const captured = confirmedCaptureTime(facts);
  const lines: Content[] = [
    { text: clipLine(x.heading(item.exhibitNumber, item.title), TEXT_WIDTH, HEADING_SIZE), fontSize: HEADING_SIZE, bold: true, noWrap: true, margin: [0, 0, 0, 6] },
    ...(item.source ? [factLine(x.source, item.source)] : []),
    ...(item.purpose ? [factLine(x.purpose, item.purpose)] : []),
    ...(captured ? [factLine(x.capturedAt, captured)] : []),
    factLine(x.importedAt, `${chineseDateTime(item.importedAt)}（${x.importedAtNote}）`),
    factLine(x.originalName, `${item.originalName}（${x.size(item.size)}）`),
    // Never cut: 64 hexadecimal digits fit on the line at this size.
    { text: [{ text: 'SHA-256：', bold: true }, item.sha256], noWrap: true },
  ];
  const cell: TableCell = { stack: lines, fontSize: FACT_SIZE, color: GRAY, lineHeight: 1.25 };
  return {
    table: { widths: ['*'], heights: [HEADING_HEIGHT], body: [[cell]] },
    layout: {
      hLineWidth: (i: number) => (i === 1 ? 0.6 : 0),
      vLineWidth: () => 0,
      hLineColor: () => '#999999',
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
}

const note = (text: string): Content => ({ text, margin: [0, 12, 0, 0], color: '#444444', fontSize: 10.5 });

const whereabouts = (original: OriginalWhereabouts) => (original.in === 'archive' ? x.originalInArchive(original.name) : x.originalNotAttached);

function recordingBody(facts: ExhibitFacts, original: OriginalWhereabouts): Content[] {
  const { item } = facts;
  const rows: [string, string][] = [
    [x.originalName, item.originalName],
    [x.mediaType, item.mediaType],
    [x.duration, facts.durationSeconds === undefined ? x.durationUnknown : x.durationValue(facts.durationSeconds)],
    [x.sizeLabel, x.size(item.size)],
    ['SHA-256', item.sha256],
    ...(item.recording ? [[x.consent, recordingConsentLabels[item.recording.consent]] as [string, string]] : []),
  ];
  return [
    {
      table: { widths: [90, '*'], body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: value, ...(label === 'SHA-256' ? { fontSize: 8.5 } : {}) }]) },
      layout: 'lightHorizontalLines',
      fontSize: 10,
      margin: [0, 12, 0, 0],
    },
    note(whereabouts(original)),
    { text: x.transcript, bold: true, fontSize: 12, margin: [0, 16, 0, 6] },
    item.transcript ? { text: item.transcript, fontSize: 10.5, lineHeight: 1.5 } : note(x.noTranscript),
  ];
}

function textBody(facts: ExhibitFacts): Content[] {
  const text = facts.text!;
  return [
    { text: x.text, bold: true, fontSize: 12, margin: [0, 12, 0, 6] },
    { text: text.body, fontSize: 10, lineHeight: 1.4 },
    ...(text.truncated ? [note(x.textTruncated(Array.from(text.body).length))] : []),
  ];
}

/** A blank page for the next page of a PDF original, which is drawn onto it afterwards. */
const continuationPage = (): Content => ({ text: ' ', pageBreak: 'before' });

/**
 * The laid-out part of an exhibit's pages, starting on a fresh page: the heading block, then what
 * the kind of file calls for. Pictures and PDF pages are not in it: they are drawn onto these pages
 * later, into the space the heading leaves.
 */
export function exhibitContent(facts: ExhibitFacts, original: OriginalWhereabouts): Content[] {
  const heading = headingBlock(facts);
  switch (facts.kind) {
    case 'image':
      return facts.pictureUnreadable ? [heading, note(x.pictureUnreadable), note(whereabouts(original))] : [heading];
    case 'pdf':
      if (facts.pdfProblem) return [heading, note(facts.pdfProblem === 'encrypted' ? x.pdfEncrypted : x.pdfUnreadable), note(whereabouts(original))];
      return [heading, ...Array.from({ length: facts.pdfPages! - 1 }, continuationPage)];
    case 'recording':
      return [heading, ...recordingBody(facts, original)];
    case 'text':
      return [heading, ...textBody(facts)];
    case 'file':
      return [heading, note(x.notPrintable(facts.item.mediaType)), note(whereabouts(original))];
  }
}

/** Pages known without laying the exhibit out; undefined for text that flows over as many pages as it needs. */
export function fixedPageCount(facts: ExhibitFacts): number | undefined {
  if (facts.kind === 'image' || facts.kind === 'file') return 1;
  if (facts.kind === 'pdf') return Math.max(1, facts.pdfPages ?? 0);
  return undefined;
}
