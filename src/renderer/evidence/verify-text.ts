import type { VerifyProblem } from '../../shared/domain/evidence';
import { timestampMessages } from '../../shared/messages/timestamps';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.evidence.verify;

/** One integrity problem in plain Chinese. */
export function problemMessage(problem: VerifyProblem): string {
  switch (problem.kind) {
    case 'missing':
      return t.missing(problem.storedName);
    case 'modified':
      return t.modified(problem.storedName);
    case 'unexpected':
      return t.unexpected(problem.file);
    case 'audit-broken':
      return t.auditBroken(problem.line, problem.reason);
    case 'timestamp-invalid':
      return timestampMessages.verifyInvalid(problem.file, problem.reason);
  }
}
