import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { INDEX_MIGRATIONS } from './migrations';

export type IndexDb = Database.Database;

/** The schema version this build writes: the number of the last migration. */
export const INDEX_VERSION = INDEX_MIGRATIONS.length;

/**
 * Connection settings are not stored in the database (better-sqlite3 even reports `synchronous=1`
 * again on each new WAL connection), so they are applied on every open. `busy_timeout` comes first
 * so the other statements wait for a second process (app and CLI) instead of failing.
 */
export function applyPragmas(db: IndexDb): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

class IndexFromFutureError extends Error {}

/**
 * Applies the pending migrations, each in one IMMEDIATE transaction together with its `user_version`
 * bump. The version is re-read inside the transaction, so two processes opening a new workspace at
 * the same moment cannot apply a step twice.
 */
export function migrateIndex(db: IndexDb): void {
  const versionNow = () => db.pragma('user_version', { simple: true }) as number;
  if (versionNow() > INDEX_VERSION) throw new IndexFromFutureError();
  for (const migration of INDEX_MIGRATIONS) {
    db.transaction(() => {
      if (versionNow() >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

const UNUSABLE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

const isUnusable = (error: unknown): boolean =>
  error instanceof IndexFromFutureError || UNUSABLE_CODES.has((error as { code?: string }).code ?? '');

function openAndMigrate(path: string): IndexDb {
  const db = new Database(path);
  try {
    applyPragmas(db);
    migrateIndex(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (creating if needed) the workspace index at `path`.
 *
 * The index is a cache of the case folders, which are the source of truth. So a database this build
 * cannot use — written by a newer version (`user_version` from the future) or corrupt — is not
 * refused but deleted and recreated empty; the caller's sync then rebuilds it from the folders. A
 * newer app that later opens the recreated file simply migrates it forward and syncs again.
 */
export function openIndexDb(path: string): IndexDb {
  try {
    return openAndMigrate(path);
  } catch (error) {
    if (!isUnusable(error)) throw error;
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    return openAndMigrate(path);
  }
}

/** How the session holds its index: the file itself, or (when the file cannot be written) a copy in memory. */
export type IndexMode = 'file' | 'memory';

/** Failures that mean "this index file cannot be written here now" rather than a bug. */
const UNWRITABLE = /^(SQLITE_(FULL|READONLY|CANTOPEN|IOERR|BUSY|LOCKED|PERM)|ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EIO)/;

export const isUnwritableIndex = (error: unknown): boolean => UNWRITABLE.test(String((error as { code?: unknown } | null)?.code ?? ''));

/**
 * An index in memory for a workspace whose index file cannot be written (read-only disk, full disk,
 * no permission): a copy of the file when it can at least be read — so the audit chain heads it keeps
 * still count — otherwise empty (the caller's sync fills it from the folders). Changes stay in memory.
 */
export function openIndexInMemory(path: string): IndexDb {
  let bytes: Buffer | undefined;
  try {
    const file = new Database(path, { readonly: true, fileMustExist: true });
    try {
      bytes = file.serialize();
    } finally {
      file.close();
    }
    // A copy of a WAL database says "WAL" in its header (bytes 18, 19), which a database in memory cannot be.
    bytes[18] = 1;
    bytes[19] = 1;
  } catch {
    bytes = undefined;
  }
  const open = (content?: Buffer) => {
    const db = content ? new Database(content) : new Database(':memory:');
    try {
      db.pragma('foreign_keys = ON');
      migrateIndex(db);
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  };
  try {
    return open(bytes);
  } catch {
    return open();
  }
}
