import type { VerifyReport } from '../../shared/domain/integrity';
import { verifyCase } from '../audit/verify-case';

/**
 * Verify of a case folder that is not (or not yet) a case of the workspace: an import being staged, a
 * restored backup. Nothing else knows the folder, so there is no lock to wait for; the chain head is
 * compared by the caller, with the one the archive's manifest recorded.
 */
export function verifyCaseFolder(caseDir: string): Promise<VerifyReport> {
  return verifyCase(caseDir, undefined, { holdingLock: true });
}
