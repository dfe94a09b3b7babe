import { open, readFile } from 'node:fs/promises';
import { parseFile } from 'music-metadata';
import { PDFDocument } from 'pdf-lib';
import type { EvidenceView } from '../../../shared/domain/evidence';
import { prepareImage, type ImageSource } from '../pdf/image-source';
import { exhibitKind, type ExhibitKind } from './exhibit-kind';

/** An exhibit: an evidence item with its number, where its original is, and what printing it needs. */
export interface ExhibitFacts {
  item: EvidenceView & { exhibitNumber: number };
  path: string;
  kind: ExhibitKind;
  /** PDF: pages of the original; 0 with `pdfProblem` when they cannot be appended. */
  pdfPages?: number;
  pdfProblem?: 'encrypted' | 'unreadable';
  /** Recording: seconds, when the file says. */
  durationSeconds?: number;
  /** Picture: how it goes into the PDF, once prepared; missing when the file cannot be read as a picture. */
  image?: ImageSource;
  pictureUnreadable?: true;
  /** Text: what is printed (at most {@link TEXT_PRINT_MAX} characters), and whether the file holds more. */
  text?: { body: string; truncated: boolean };
}

/** About ten pages; a longer chat export is printed in part, the original being in the archive. */
export const TEXT_PRINT_MAX = 20_000;
/** Enough bytes for {@link TEXT_PRINT_MAX} characters in any encoding, without reading a huge log whole. */
const TEXT_READ_BYTES = TEXT_PRINT_MAX * 4;

async function pdfFacts(path: string): Promise<Pick<ExhibitFacts, 'pdfPages' | 'pdfProblem'>> {
  try {
    const doc = await PDFDocument.load(await readFile(path), { ignoreEncryption: true, updateMetadata: false });
    if (doc.isEncrypted) return { pdfPages: 0, pdfProblem: 'encrypted' };
    const pages = doc.getPageCount();
    return pages > 0 ? { pdfPages: pages } : { pdfPages: 0, pdfProblem: 'unreadable' };
  } catch {
    return { pdfPages: 0, pdfProblem: 'unreadable' };
  }
}

async function durationOf(path: string): Promise<number | undefined> {
  try {
    const { format } = await parseFile(path, { duration: true, skipCovers: true });
    return format.duration !== undefined && Number.isFinite(format.duration) ? format.duration : undefined;
  } catch {
    return undefined;
  }
}

/** Chat exports from Chinese phones are often GB 18030 rather than UTF-8; either is read. */
async function textOf(path: string): Promise<{ body: string; truncated: boolean }> {
  const file = await open(path, 'r');
  let bytes: Buffer;
  let whole: boolean;
  try {
    const { size } = await file.stat();
    bytes = Buffer.alloc(Math.min(size, TEXT_READ_BYTES));
    await file.read(bytes, 0, bytes.length, 0);
    whole = size <= TEXT_READ_BYTES;
  } finally {
    await file.close();
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  const characters = Array.from(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return { body: characters.slice(0, TEXT_PRINT_MAX).join(''), truncated: !whole || characters.length > TEXT_PRINT_MAX };
}

/**
 * Reads what printing the exhibit needs from its original: PDF pages, a recording's length, a text's
 * content, and — with `pictures`, where converted copies may go — how its picture goes into a PDF.
 * Without `pictures` the facts still give every exhibit's page count (a picture is always one page).
 */
export async function readExhibitFacts(item: EvidenceView & { exhibitNumber: number }, path: string, pictures?: { scratchDir: string }): Promise<ExhibitFacts> {
  const kind = exhibitKind(item.mediaType);
  const facts: ExhibitFacts = { item, path, kind };
  if (kind === 'image' && pictures) {
    const image = await prepareImage(path, item.mediaType, pictures.scratchDir, item.id);
    if (image) facts.image = image;
    else facts.pictureUnreadable = true;
  }
  if (kind === 'pdf') Object.assign(facts, await pdfFacts(path));
  if (kind === 'recording') {
    const seconds = await durationOf(path);
    if (seconds !== undefined) facts.durationSeconds = seconds;
  }
  if (kind === 'text') facts.text = await textOf(path);
  return facts;
}
