import { ApiFailure } from '../../shared/api/dispatch';
import { errorMessages } from '../../shared/messages/errors';

/** SQLite reports the same conditions under its own codes (better-sqlite3 `SqliteError.code`). */
const SQLITE_EQUIVALENT: Record<string, string> = {
  SQLITE_FULL: 'ENOSPC',
  SQLITE_READONLY: 'EROFS',
  SQLITE_PERM: 'EACCES',
  SQLITE_CANTOPEN: 'EACCES',
  SQLITE_IOERR: 'EIO',
};

const messageFor = (code: string, file: string): string => {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return errorMessages.ioPermission(file);
    case 'EROFS':
      return errorMessages.ioReadOnly(file);
    case 'ENOSPC':
    case 'EDQUOT':
      return errorMessages.ioDiskFull(file);
    case 'ENOTDIR':
      return errorMessages.ioNotFolder(file);
    default:
      return errorMessages.ioOther(file, code);
  }
};

const IO_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EIO', 'ENOTDIR', 'EBUSY', 'EMFILE', 'ENFILE']);

/**
 * Turns a file-system or SQLite error into an {@link ApiFailure} whose message names the file, so the
 * person knows where to look (full disk, read-only mount, permissions). Other errors come back unchanged.
 *
 * Node errors carry the path they failed on; SQLite errors do not, so they name `places.indexFile`.
 *
 * @example throw toIoFailure(error, { file: workspaceRoot, indexFile })
 */
export function toIoFailure(error: unknown, places: { file: string; indexFile: string }): unknown {
  if (error instanceof ApiFailure || !(error instanceof Error)) return error;
  const raw = (error as NodeJS.ErrnoException).code ?? '';
  const sqliteBase = raw.startsWith('SQLITE_') ? raw.replace(/^(SQLITE_[A-Z]+).*$/, '$1') : undefined;
  // Another process kept the index busy past the wait (busy_timeout): not a bug, try again.
  if (sqliteBase === 'SQLITE_BUSY' || sqliteBase === 'SQLITE_LOCKED') return new ApiFailure('io', errorMessages.indexBusy(places.indexFile));
  const code = sqliteBase ? SQLITE_EQUIVALENT[sqliteBase] : raw;
  if (!code || !IO_CODES.has(code)) return error;
  const file = (error as NodeJS.ErrnoException).path ?? (sqliteBase ? places.indexFile : places.file);
  return new ApiFailure('io', messageFor(code, file));
}
