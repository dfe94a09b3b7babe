import type { IndexMigration } from './index-migration';

/**
 * The case table holds what a dashboard row needs, a lower-cased search text, and the stamp
 * (mtime + size) of the `case.json` it was read from, so an open-time sync needs one `stat` per folder.
 * Damaged folders have their own table: they have no trustworthy id.
 */
export const migration001Cases: IndexMigration = {
  version: 1,
  up: (db) => {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        folder TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        platform_name TEXT NOT NULL,
        product TEXT,
        order_number TEXT NOT NULL,
        amount_paid_fen INTEGER NOT NULL,
        status TEXT NOT NULL,
        lifecycle TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_activity_at TEXT NOT NULL,
        search_text TEXT NOT NULL,
        file_mtime_ms REAL NOT NULL,
        file_size INTEGER NOT NULL
      ) STRICT;
      -- Every listing filters by view (lifecycle), optionally by status, newest activity first.
      CREATE INDEX cases_by_view ON cases (lifecycle, last_activity_at DESC);
      CREATE INDEX cases_by_view_status ON cases (lifecycle, status, last_activity_at DESC);

      CREATE TABLE damaged_folders (
        folder TEXT PRIMARY KEY,
        reason TEXT NOT NULL
      ) STRICT;
    `);
  },
};
