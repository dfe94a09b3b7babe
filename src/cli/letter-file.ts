import { PDFDocument } from 'pdf-lib';
import { renderLetterPdf } from '../core/letters/render-pdf';
import { renderLetterText } from '../core/letters/render-text';
import type { LetterDocument } from '../shared/domain/letter-document';
import type { LetterFormat } from './letter-file-format';

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
