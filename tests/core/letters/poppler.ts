import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../temp-dir';

/** CI installs poppler-utils; a developer machine without it skips the PDF text checks (and says so). */
export const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const POPPLER_MISSING = 'pdftotext/pdffonts (poppler-utils) not installed: PDF text and font checks skipped';

function onDisk(pdf: Uint8Array): string {
  const path = join(tempDir('casebook-pdf-'), 'letter.pdf');
  writeFileSync(path, pdf);
  return path;
}

/** The PDF's text without white space, so line breaks pdftotext inserts do not split a phrase. */
export const pdfText = (pdf: Uint8Array): string => execFileSync('pdftotext', ['-enc', 'UTF-8', onDisk(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/** The text of one page (1-based), without white space. */
export const pdfPageText = (pdf: Uint8Array, page: number): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), onDisk(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/** `pdffonts` rows: font name and whether it is embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [onDisk(pdf)], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  // Columns: name type encoding emb sub uni object ID; the name has no spaces, `emb` is the 4th from the end.
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
  });
}

/** Positions of `parts` in `text`, in order of appearance; -1 where a part is missing or out of order. */
export function positionsInOrder(text: string, parts: readonly string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part.replace(/\s+/g, ''), from);
    if (at >= 0) from = at + 1;
    return at;
  });
}

/** Each page's text lines (pdftotext separates pages with a form feed), blank lines and the page footer left out. */
export function pdfPageLines(pdf: Uint8Array): string[][] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', onDisk(pdf), '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^第\s*\d+\s*页\s*\/\s*共\s*\d+\s*页$/.test(line)));
}
