import type { LetterDocument } from '../../shared/domain/letter-document';
import { blockText } from '../../shared/letters/render-text';

/** The merged document with the parts the person chose to take fresh replaced by the fresh ones. */
export function takeFresh(merged: LetterDocument, fresh: LetterDocument, ids: ReadonlySet<string>): LetterDocument {
  const pick = <T extends { id: string }>(mine: readonly T[], theirs: readonly T[] | undefined) =>
    mine.map((part) => (ids.has(part.id) ? (theirs?.find((p) => p.id === part.id) ?? part) : part));
  return {
    ...merged,
    sections: pick(merged.sections, fresh.sections),
    ...(merged.fields ? { fields: pick(merged.fields, fresh.fields) } : {}),
  };
}

/** A section's or field's title and plain text, to show both sides of a conflict. */
export function conflictPart(document: LetterDocument, id: string): { title?: string; text: string } | undefined {
  const section = document.sections.find((s) => s.id === id);
  if (section) return { title: section.heading, text: section.blocks.flatMap(blockText).join('\n') };
  const field = document.fields?.find((f) => f.id === id);
  return field && { title: field.label, text: field.value };
}
