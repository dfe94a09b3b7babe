import type { LetterBlock } from '../../shared/domain/letter-document';

type TableBlock = Extract<LetterBlock, { type: 'table' }>;

/**
 * What the person edits in a section: a run of paragraphs as one text (blank line between
 * paragraphs), a list as one text (one item a line), a table cell by cell.
 */
export type SectionPart = { type: 'paragraphs'; text: string } | { type: 'list'; text: string } | { type: 'table'; table: TableBlock };

export function toParts(blocks: readonly LetterBlock[]): SectionPart[] {
  const parts: SectionPart[] = [];
  for (const block of blocks) {
    const last = parts.at(-1);
    if (block.type === 'paragraph' && last?.type === 'paragraphs') last.text = `${last.text}\n\n${block.text}`;
    else if (block.type === 'paragraph') parts.push({ type: 'paragraphs', text: block.text });
    else if (block.type === 'list') parts.push({ type: 'list', text: block.items.join('\n') });
    else parts.push({ type: 'table', table: block });
  }
  return parts;
}

const nonBlank = (line: string) => line.trim() !== '';

/** Back to blocks; blank paragraphs and list lines are dropped rather than printed as gaps. */
export function toBlocks(parts: readonly SectionPart[]): LetterBlock[] {
  return parts.flatMap((part): LetterBlock[] => {
    if (part.type === 'table') return [part.table];
    if (part.type === 'list') {
      const items = part.text.split('\n').filter(nonBlank);
      return items.length > 0 ? [{ type: 'list', items }] : [];
    }
    return part.text
      .split(/\n[ \t\u3000]*\n/)
      .filter(nonBlank)
      .map((text) => ({ type: 'paragraph', text }));
  });
}

/** A copy of the table with one cell changed. */
export const withCell = (table: TableBlock, row: number, column: number, value: string): TableBlock => ({
  ...table,
  rows: table.rows.map((cells, r) => (r === row ? cells.map((cell, c) => (c === column ? value : cell)) : cells)),
});
