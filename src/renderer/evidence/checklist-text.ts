import type { ChecklistGap } from '../../shared/domain/evidence';
import { evidenceElementLabels, evidenceMessages } from '../../shared/messages/evidence';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.evidence.checklist;

/** One checklist gap in plain Chinese, naming the exhibit it is about. */
export function gapMessage(gap: ChecklistGap): string {
  switch (gap.kind) {
    case 'no-evidence':
      return t.noEvidence;
    case 'no-payment-proof':
      return t.noPaymentProof;
    case 'no-failure-proof':
      return t.noFailureProof;
    case 'no-communication':
      return t.noCommunication;
    case 'element-uncovered':
      return t.elementUncovered(evidenceElementLabels[gap.element]);
    case 'screenshot-missing-facts':
      return t.screenshotMissing(
        evidenceMessages.exhibit(gap.exhibitNumber),
        gap.missing.map((fact) => t.screenshotFacts[fact]).join(uiMessages.evidence.listSeparator),
      );
    case 'recording-consent-unknown':
      return t.consentUnknown(evidenceMessages.exhibit(gap.exhibitNumber));
  }
}
