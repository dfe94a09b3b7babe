import type { LetterBlock, LetterSection } from '../../shared/domain/letter-document';

/** Text lines as paragraph blocks, skipping empty ones. */
export const paragraphs = (lines: readonly string[]): LetterBlock[] =>
  lines.filter((line) => line.trim() !== '').map((text) => ({ type: 'paragraph' as const, text }));

/** Leaves out sections with nothing in them (no evidence yet, no article that applies). */
export const filledSections = (sections: readonly LetterSection[]): LetterSection[] => sections.filter((section) => section.blocks.length > 0);
