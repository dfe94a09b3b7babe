import type { LetterBlock, LetterDocument } from '../domain/letter-document';

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

/**
 * The body alone (what goes into an e-mail or a form), without title and subject. Shared so the
 * e-mail the app exports and the body the person copies in the app are the same text.
 */
export function renderBodyText(document: LetterDocument): string {
  const lines: string[] = [];
  if (document.salutation) lines.push(document.salutation, '');
  for (const section of document.sections) {
    if (section.heading) lines.push(section.heading);
    for (const block of section.blocks) lines.push(...blockText(block));
    lines.push('');
  }
  for (const field of document.fields ?? []) lines.push(`【${field.label}】`, field.value, '');
  if (document.addressee) lines.push(...document.addressee.split('\n'), '');
  const signer = document.signature.name ? `${document.signature.label}：${document.signature.name}` : `${document.signature.label}：`;
  lines.push(signer, ...(document.signature.lines ?? []), document.signature.date);
  return `${lines.join('\n').trimEnd()}\n`;
}
