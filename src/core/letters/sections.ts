import type { LetterBlock, LetterSection } from '../../shared/domain/letter-document';

/** Text lines as paragraph blocks, skipping empty ones. */
export const paragraphs = (lines: readonly string[]): LetterBlock[] =>
  lines.filter((line) => line.trim() !== '').map((text) => ({ type: 'paragraph' as const, text }));

/** Leaves out sections with nothing in them (no evidence yet, no article that applies). */
export const filledSections = (sections: readonly LetterSection[]): LetterSection[] => sections.filter((section) => section.blocks.length > 0);

const ORDINALS = '一二三四五六七八九十';

/**
 * The sections that have something in them, their headings numbered 一、二、三… in the order they
 * remain, so leaving one out never leaves a gap; an appendix (附：…) keeps its heading as it is.
 */
export function numberedSections(sections: readonly LetterSection[]): LetterSection[] {
  let n = 0;
  return filledSections(sections).map((section) =>
    section.heading && !section.heading.startsWith('附') ? { ...section, heading: `${ORDINALS[n++] ?? n}、${section.heading}` } : section,
  );
}
