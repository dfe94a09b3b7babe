import type { LetterDocument } from '../domain/letter-document';
import { renderBodyText } from './render-text';

const DEADLINE = /请于\s*\d+\s*个工作日内（即\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日前/u;

/**
 * The reply deadline a letter states, as it reads after the person's edits:
 * "请于3个工作日内（即2026年12月4日前）处理并答复" → 2026-12-04; undefined when it states none.
 */
export function statedReplyBy(document: LetterDocument): string | undefined {
  const found = DEADLINE.exec(renderBodyText(document));
  if (!found) return undefined;
  const [, year, month, day] = found;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  // A date that does not exist (2月30日, typed by hand) is no deadline to track.
  return new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date ? date : undefined;
}
