import type { LetterDocument, LetterField, LetterSection } from '../domain/letter-document';

export interface RegenerationMerge {
  /** The fresh document, with the person's edits kept where they made them. */
  merged: LetterDocument;
  /** Sections or fields the person edited and the data also changed: the UI asks which to keep. */
  conflicts: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeParts<T extends LetterSection | LetterField>(previous: readonly T[], current: readonly T[], fresh: readonly T[], conflicts: string[]): T[] {
  return fresh.map((part) => {
    const before = previous.find((p) => p.id === part.id);
    const edited = current.find((p) => p.id === part.id);
    if (!before || !edited || same(before, edited)) return part;
    if (!same(before, part)) conflicts.push(part.id);
    return edited;
  });
}

/**
 * Regenerating from data without silently losing edits: a section the person left as generated takes
 * the fresh text; one they edited keeps their text; one they edited whose data also changed is
 * reported as a conflict (their text is kept until they choose).
 *
 * @example mergeRegenerated(savedGenerated, savedEdited, buildLetter(kind, context).document)
 */
export function mergeRegenerated(previousGenerated: LetterDocument, current: LetterDocument, fresh: LetterDocument): RegenerationMerge {
  const conflicts: string[] = [];
  const sections = mergeParts(previousGenerated.sections, current.sections, fresh.sections, conflicts);
  const fields = fresh.fields && mergeParts(previousGenerated.fields ?? [], current.fields ?? [], fresh.fields, conflicts);
  const merged: LetterDocument = { ...fresh, sections, ...(fields ? { fields } : {}) };
  for (const key of ['subject', 'salutation', 'addressee'] as const) {
    const value = previousGenerated[key] !== current[key] ? current[key] : fresh[key];
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return { merged, conflicts };
}
