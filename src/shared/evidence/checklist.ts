import { EVIDENCE_ELEMENTS, type ChecklistGap, type EvidenceView } from '../domain/evidence';

const isRecording = (item: EvidenceView) => item.mediaType.startsWith('audio/') || item.recording !== undefined;
const isScreenshot = (item: EvidenceView) => item.mediaType.startsWith('image/');

/**
 * What the evidence of a case still lacks, in the order a person should fix it. Items in the evidence
 * trash do not count. A screenshot's facts or a recording's consent count as missing until the person
 * has confirmed them: an unconfirmed detail is what the other side will challenge.
 */
export function evidenceChecklist(evidence: readonly EvidenceView[]): ChecklistGap[] {
  const items = evidence.filter((item) => !item.removedAt);
  const gaps: ChecklistGap[] = [];
  if (items.length === 0) gaps.push({ kind: 'no-evidence' });
  const has = (category: EvidenceView['category']) => items.some((item) => item.category === category);
  if (!has('transaction')) gaps.push({ kind: 'no-payment-proof' });
  if (!has('anomaly')) gaps.push({ kind: 'no-failure-proof' });
  if (!has('communication')) gaps.push({ kind: 'no-communication' });
  for (const element of EVIDENCE_ELEMENTS) {
    if (!items.some((item) => item.elements.includes(element))) gaps.push({ kind: 'element-uncovered', element });
  }
  for (const item of items) {
    const exhibitNumber = item.exhibitNumber ?? 0;
    if (isScreenshot(item)) {
      const missing: ('orderNumber' | 'timestamp')[] = [];
      if (item.screenshot?.orderNumberVisible !== true) missing.push('orderNumber');
      if (item.screenshot?.timestampVisible !== true) missing.push('timestamp');
      if (missing.length > 0) gaps.push({ kind: 'screenshot-missing-facts', itemId: item.id, exhibitNumber, missing });
    }
    if (isRecording(item) && (item.recording?.consent ?? 'unknown') === 'unknown') {
      gaps.push({ kind: 'recording-consent-unknown', itemId: item.id, exhibitNumber });
    }
  }
  return gaps;
}
