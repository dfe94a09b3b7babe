import { extname } from 'node:path';

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
