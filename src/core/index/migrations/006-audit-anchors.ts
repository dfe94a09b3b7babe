import type { IndexMigration } from './index-migration';

/**
 * The latest audit chain head of each case, kept outside the case folder: a log rewritten with
 * recomputed hashes is consistent in itself, but no longer contains this head. Not tied to the
 * `cases` rows (no foreign key), so a rebuild of the index keeps the anchors it is meant to check.
 */
export const migration006AuditAnchors: IndexMigration = {
  version: 6,
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_anchors (
        case_id TEXT PRIMARY KEY,
        lines INTEGER NOT NULL,
        sha256 TEXT NOT NULL
      );
    `);
  },
};
