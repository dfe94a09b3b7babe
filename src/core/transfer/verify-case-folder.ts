import type { VerifyReport } from '../../shared/domain/evidence';
import { EvidenceLocker } from '../evidence/evidence-locker';
import { verifyEvidence } from '../evidence/verify-evidence';

/**
 * Verify of a case folder that is not (or not yet) a case of the workspace: an import being staged, a
 * restored backup. No lock is taken; nothing else knows the folder.
 */
export function verifyCaseFolder(caseDir: string): Promise<VerifyReport> {
  return verifyEvidence(new EvidenceLocker(caseDir, (work) => work()));
}
