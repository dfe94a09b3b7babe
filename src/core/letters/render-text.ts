import type { LetterDocument } from '../../shared/domain/letter-document';
import { renderBodyText } from '../../shared/letters/render-text';

// The body is shared with the renderer (its 复制正文 button); re-exported for the core's callers.
export { renderBodyText };

/** The whole document as plain text: title, subject and body. */
export function renderLetterText(document: LetterDocument): string {
  const head = [document.title, ...(document.subject ? [`主题：${document.subject}`] : []), ''];
  return `${head.join('\n')}\n${renderBodyText(document)}`;
}
