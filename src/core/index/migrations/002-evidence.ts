import type { IndexMigration } from './index-migration';

/**
 * Mirrors each case's evidence items (from its `evidence.json`) for the dashboard and search, and
 * remembers the stamp of that file so an open-time sync notices evidence changed by another process.
 */
export const migration002Evidence: IndexMigration = {
  version: 2,
  up: (db) => {
    db.exec(`
      CREATE TABLE evidence (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        exhibit_number INTEGER,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        removed INTEGER NOT NULL,
        PRIMARY KEY (case_id, id)
      ) STRICT;
      CREATE INDEX evidence_by_hash ON evidence (sha256);
      ALTER TABLE cases ADD COLUMN evidence_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN evidence_mtime_ms REAL;
      ALTER TABLE cases ADD COLUMN evidence_size INTEGER;
    `);
  },
};
