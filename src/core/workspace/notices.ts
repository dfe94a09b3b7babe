import { integrityMessages as m } from '../../shared/messages/integrity';

/** Why the index or a case folder could not be written, in the person's words (SQLite and Node codes alike). */
export function writeFailureReason(error: unknown): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  // SHMSIZE: the shared-memory file beside the index could not grow, which is a full disk.
  if (/^SQLITE_FULL|^SQLITE_IOERR_SHMSIZE|^ENOSPC|^EDQUOT/.test(code)) return m.reasonDiskFull;
  if (/^SQLITE_READONLY|^EROFS/.test(code)) return m.reasonReadOnly;
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return m.reasonBusy;
  if (/^SQLITE_(PERM|CANTOPEN)|^EACCES|^EPERM/.test(code)) return m.reasonPermission;
  return code || (error instanceof Error ? error.message : String(error));
}

/**
 * Things the person should know about an action that nevertheless succeeded (the case was saved but
 * the index could not be updated). Hosts take them after each call and show them as warnings.
 */
export class Notices {
  private pending: string[] = [];

  add(message: string): void {
    if (!this.pending.includes(message)) this.pending.push(message);
  }

  indexNotUpdated(error: unknown): void {
    this.add(m.indexNotUpdated(writeFailureReason(error)));
  }

  indexUnreadable(error: unknown): void {
    this.add(m.indexUnreadable(writeFailureReason(error)));
  }

  /** The notices since the last call, oldest first. */
  take(): string[] {
    return this.pending.splice(0);
  }
}

