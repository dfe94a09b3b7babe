import { extname } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { renderLetterPdf } from '../core/letters/render-pdf';
import { renderLetterText } from '../core/letters/render-text';
import type { LetterDocument } from '../shared/domain/letter-document';

/** What `casebook letter` can write. */
export const LETTER_FORMATS = ['pdf', 'txt', 'eml'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

const isLetterFormat = (value: string): value is LetterFormat => (LETTER_FORMATS as readonly string[]).includes(value);

/**
 * The format asked for, else the one the file's extension names, else PDF (the form a letter is
 * printed or attached in).
 *
 * @example letterFormatFor('投诉.TXT') // 'txt'
 */
export function letterFormatFor(file: string, asked?: LetterFormat): LetterFormat {
  if (asked) return asked;
  const extension = extname(file).slice(1).toLowerCase();
  return isLetterFormat(extension) ? extension : 'pdf';
}

export interface LetterFile {
  bytes: Uint8Array;
  /** For a PDF: how many pages it has, so a script can check the printout. */
  pages?: number;
}

/**
 * Renders a built document in the chosen format. `eml` makes the e-mail with the case's evidence
 * bundle, asked for only then: it is the slow part (every exhibit drawn into a PDF).
 */
export async function renderLetterFile(document: LetterDocument, format: LetterFormat, eml: () => Promise<Buffer>): Promise<LetterFile> {
  switch (format) {
    case 'eml':
      return { bytes: await eml() };
    case 'txt':
      return { bytes: Buffer.from(renderLetterText(document), 'utf8') };
    case 'pdf': {
      const bytes = await renderLetterPdf(document);
      const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
      return { bytes, pages };
    }
  }
}
