import type { LetterBuild } from '../../shared/domain/letter-document';
import type { LetterKind } from '../../shared/domain/letters';
import type { LetterContext } from './letter-context';
import { buildBlackcat } from './kinds/blackcat';
import { buildBlackcatFollowup } from './kinds/blackcat-followup';
import { build12315 } from './kinds/complaint-12315';
import { buildCourtComplaint } from './kinds/court-complaint';
import { buildCsEmail } from './kinds/cs-email';
import { buildEvidenceList } from './kinds/evidence-list';
import { buildManagementEscalation } from './kinds/management-escalation';

const BUILDERS: Record<LetterKind, (context: LetterContext) => LetterBuild> = {
  'cs-email': buildCsEmail,
  'management-escalation': buildManagementEscalation,
  blackcat: buildBlackcat,
  'blackcat-followup': buildBlackcatFollowup,
  '12315': build12315,
  'court-complaint': buildCourtComplaint,
  'evidence-list': buildEvidenceList,
};

/** The document of `kind` for the case as it stands, or the facts it still lacks. */
export const buildLetter = (kind: LetterKind, context: LetterContext): LetterBuild => BUILDERS[kind](context);
