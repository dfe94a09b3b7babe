import type { EvidenceCategory } from '../../../src/shared/domain/evidence';
import type { OcrClassification, OcrFact } from '../../../src/shared/domain/ocr';
import type { ScreenshotFixture } from './screenshot-fixtures';

type Field = 'orderNumbers' | 'amountsFen' | 'dateTimes';
const FIELDS: Field[] = ['orderNumbers', 'amountsFen', 'dateTimes'];

export interface FieldScore {
  expected: number;
  found: number;
  correct: number;
}

export interface Scores {
  fields: Record<Field, FieldScore>;
  categories: { total: number; correct: number };
  /** Order numbers read that are not on the screenshot: the target is none. */
  falseOrderNumbers: string[];
  misses: string[];
}

const readValues = (facts: readonly OcrFact[]): Record<Field, string[]> => ({
  orderNumbers: facts.filter((f) => f.kind === 'order-number').map((f) => f.value),
  amountsFen: facts.filter((f) => f.kind === 'amount').map((f) => String(f.amountFen)),
  dateTimes: facts.filter((f) => f.kind === 'date-time' && !f.timeOnly).map((f) => f.value),
});

/** Field-level precision and recall of the facts read, and whether the category was right. */
export function scoreReadings(results: { fixture: ScreenshotFixture; facts: OcrFact[]; classification?: OcrClassification }[]): Scores {
  const scores: Scores = {
    fields: Object.fromEntries(FIELDS.map((f) => [f, { expected: 0, found: 0, correct: 0 }])) as Record<Field, FieldScore>,
    categories: { total: 0, correct: 0 },
    falseOrderNumbers: [],
    misses: [],
  };
  for (const { fixture, facts, classification } of results) {
    const read = readValues(facts);
    for (const field of FIELDS) {
      const expected = new Set(fixture.truth[field].map(String));
      const found = new Set(read[field]);
      const score = scores.fields[field];
      score.expected += expected.size;
      score.found += found.size;
      for (const value of found) if (expected.has(value)) score.correct++;
      for (const value of expected) if (!found.has(value)) scores.misses.push(`${fixture.name}: ${field} ${value}`);
      if (field === 'orderNumbers') for (const value of found) if (!expected.has(value)) scores.falseOrderNumbers.push(`${fixture.name}: ${value}`);
    }
    const category: EvidenceCategory = classification?.category ?? 'other';
    scores.categories.total++;
    if (category === fixture.category) scores.categories.correct++;
    else scores.misses.push(`${fixture.name}: category ${category} (expected ${fixture.category})`);
  }
  return scores;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

/** A small table for the test output and the bench. */
export function formatScores(scores: Scores): string {
  const rows = FIELDS.map((field) => {
    const s = scores.fields[field];
    return `  ${field.padEnd(13)} recall ${percent(s.correct, s.expected).padStart(8)}  precision ${percent(s.correct, s.found).padStart(8)}  (${s.correct}/${s.expected} found, ${s.found} read)`;
  });
  return [
    ...rows,
    `  category      right ${percent(scores.categories.correct, scores.categories.total).padStart(9)}  (${scores.categories.correct}/${scores.categories.total})`,
    `  false order-number matches: ${scores.falseOrderNumbers.length}${scores.falseOrderNumbers.length ? ` (${scores.falseOrderNumbers.join(', ')})` : ''}`,
    ...(scores.misses.length ? [`  missed: ${scores.misses.join('; ')}`] : []),
  ].join('\n');
}

export const recall = (s: FieldScore) => (s.expected === 0 ? 1 : s.correct / s.expected);
export const precision = (s: FieldScore) => (s.found === 0 ? 1 : s.correct / s.found);
