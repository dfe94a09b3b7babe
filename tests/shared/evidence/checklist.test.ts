import { describe, expect, it } from 'vitest';
import { EVIDENCE_ELEMENTS, type ChecklistGap, type EvidenceView } from '../../../src/shared/domain/evidence';
import { evidenceChecklist } from '../../../src/shared/evidence/checklist';

let n = 0;
/** An item that closes every gap on its own, unless the overrides open one. */
function item(overrides: Partial<EvidenceView> = {}): EvidenceView {
  n += 1;
  return {
    id: `ITEM${n}`,
    storedName: `ITEM${n}.txt`,
    storedPath: `evidence/ITEM${n}.txt`,
    originalName: `证据${n}.txt`,
    size: 10,
    mediaType: 'text/plain',
    sha256: 'a'.repeat(64),
    importedAt: '2024-05-21T10:00:00+08:00',
    capturedAt: '2024-05-20T14:32:08+08:00',
    capturedAtSource: 'file-mtime',
    category: 'transaction',
    title: `证据${n}`,
    elements: [...EVIDENCE_ELEMENTS],
    exhibitNumber: n,
    ...overrides,
  };
}

/** One of each category with every element covered: nothing is missing. */
const complete = () => [item({ category: 'transaction' }), item({ category: 'communication' }), item({ category: 'anomaly' })];

const cases: { name: string; evidence: () => EvidenceView[]; gaps: (items: EvidenceView[]) => ChecklistGap[] }[] = [
  { name: 'complete evidence', evidence: complete, gaps: () => [] },
  {
    name: 'no evidence at all',
    evidence: () => [],
    gaps: () => [
      { kind: 'no-evidence' },
      { kind: 'no-payment-proof' },
      { kind: 'no-failure-proof' },
      { kind: 'no-communication' },
      ...EVIDENCE_ELEMENTS.map((element) => ({ kind: 'element-uncovered' as const, element })),
    ],
  },
  { name: 'no payment proof', evidence: () => complete().filter((i) => i.category !== 'transaction'), gaps: () => [{ kind: 'no-payment-proof' }] },
  { name: 'no failure proof', evidence: () => complete().filter((i) => i.category !== 'anomaly'), gaps: () => [{ kind: 'no-failure-proof' }] },
  { name: 'no communication', evidence: () => complete().filter((i) => i.category !== 'communication'), gaps: () => [{ kind: 'no-communication' }] },
  ...EVIDENCE_ELEMENTS.map((element) => ({
    name: `element ${element} uncovered`,
    evidence: () => complete().map((i) => ({ ...i, elements: i.elements.filter((e) => e !== element) })),
    gaps: () => [{ kind: 'element-uncovered' as const, element }],
  })),
  {
    name: 'screenshot without order number and timestamp confirmed',
    evidence: () => [...complete(), item({ mediaType: 'image/png', category: 'other' })],
    gaps: (items) => [{ kind: 'screenshot-missing-facts', itemId: items[3]!.id, exhibitNumber: items[3]!.exhibitNumber!, missing: ['orderNumber', 'timestamp'] }],
  },
  {
    name: 'screenshot with the order number but no timestamp confirmed',
    evidence: () => [...complete(), item({ mediaType: 'image/jpeg', category: 'other', screenshot: { orderNumberVisible: true, timestampVisible: false } })],
    gaps: (items) => [{ kind: 'screenshot-missing-facts', itemId: items[3]!.id, exhibitNumber: items[3]!.exhibitNumber!, missing: ['timestamp'] }],
  },
  {
    name: 'screenshot with both confirmed',
    evidence: () => [...complete(), item({ mediaType: 'image/png', screenshot: { orderNumberVisible: true, timestampVisible: true } })],
    gaps: () => [],
  },
  {
    name: 'recording whose consent is not stated',
    evidence: () => [...complete(), item({ mediaType: 'audio/mp4', category: 'communication' })],
    gaps: (items) => [{ kind: 'recording-consent-unknown', itemId: items[3]!.id, exhibitNumber: items[3]!.exhibitNumber! }],
  },
  {
    name: 'recording marked unknown by the person',
    evidence: () => [...complete(), item({ mediaType: 'video/mp4', recording: { consent: 'unknown' } })],
    gaps: (items) => [{ kind: 'recording-consent-unknown', itemId: items[3]!.id, exhibitNumber: items[3]!.exhibitNumber! }],
  },
  {
    name: 'recording with consent stated',
    evidence: () => [...complete(), item({ mediaType: 'audio/mpeg', recording: { consent: 'informed' } })],
    gaps: () => [],
  },
  {
    name: 'items in the trash count for nothing',
    evidence: () => [
      ...complete().map((i) => (i.category === 'anomaly' ? { ...i, removedAt: '2024-05-22T10:00:00+08:00' } : i)),
      item({ mediaType: 'image/png', removedAt: '2024-05-22T10:00:00+08:00' }),
      item({ mediaType: 'audio/mp4', removedAt: '2024-05-22T10:00:00+08:00' }),
    ],
    gaps: () => [{ kind: 'no-failure-proof' }],
  },
];

describe('evidenceChecklist', () => {
  it.each(cases)('$name', ({ evidence, gaps }) => {
    const items = evidence();
    expect(evidenceChecklist(items)).toEqual(gaps(items));
  });
});
