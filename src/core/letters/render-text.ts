import type { LetterBlock, LetterDocument } from '../../shared/domain/letter-document';

const INDENT = '\u3000\u3000';

function blockText(block: LetterBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.text.split('\n').map((line) => `${INDENT}${line}`);
    case 'list':
      return block.items.map((item) => `${INDENT}${item}`);
    case 'table':
      return [block.columns.join(' | '), ...block.rows.map((row) => row.join(' | '))];
  }
}

/** The body alone (what goes into an e-mail or a form), without title and subject. */
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

/** The whole document as plain text: title, subject, body and the draft note. */
export function renderLetterText(document: LetterDocument): string {
  const head = [document.title, ...(document.subject ? [`主题：${document.subject}`] : []), ''];
  return `${head.join('\n')}\n${renderBodyText(document)}\n——\n${document.draftNote}\n`;
}
