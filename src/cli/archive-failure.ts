import { ArchiveRefusal } from '../core/archive/archive-refusal';
import { ApiFailure } from '../shared/api/result';
import { printJson } from './print';

/**
 * With `--json`, a failed import or restore also prints `{"error": {"code", "message", "reason"?, "entry"?}}`
 * on stdout (the message still goes to stderr), so scripts can tell a hostile archive from a full disk.
 */
export function printFailureJson(error: unknown): void {
  if (error instanceof ApiFailure) printJson({ error: { code: error.code, ...(error instanceof ArchiveRefusal ? error.view() : { message: error.message }) } });
}
