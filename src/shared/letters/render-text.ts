import type { LetterBlock, LetterDocument, LetterSection } from '../domain/letter-document';

/** Two ideographic spaces: the first-line indent of Chinese paragraphs. */
const INDENT = '\u3000\u3000';

/** A block as plain lines: paragraphs and list items indented, table cells joined with bars. */
export function blockText(block: LetterBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.text.split('\n').map((line) => `${INDENT}${line}`);
    case 'list':
      return block.items.map((item) => `${INDENT}${item}`);
    case 'table':
      return [block.columns.join(' | '), ...block.rows.map((row) => row.join(' | '))];
  }
}

const sectionText = (section: LetterSection): string[] => [
  ...(section.heading ? [section.heading] : []),
  ...section.blocks.flatMap(blockText),
  ...(section.closing ?? []),
  '',
];

/**
 * The body alone (what goes into an e-mail or a form), without title and subject. Shared so the
 * e-mail the app exports and the body the person copies in the app are the same text. Annexes follow
 * the signature, each after a rule, as they follow it on paper on a page of their own.
 */
export function renderBodyText(document: LetterDocument): string {
  const lines: string[] = [];
  if (document.salutation) lines.push(document.salutation, '');
  for (const section of document.sections) lines.push(...sectionText(section));
  for (const field of document.fields ?? []) lines.push(`【${field.label}】`, field.value, '');
  if (document.addressee) lines.push(...document.addressee.split('\n'), '');
  const { signature } = document;
  if (signature) lines.push(`${signature.label}：${signature.name ?? ''}`, ...(signature.lines ?? []), signature.date, '');
  for (const annex of document.annexes ?? []) lines.push('——', '', ...sectionText(annex));
  return `${lines.join('\n').trimEnd()}\n`;
}
