import type { IndexMigration } from './index-migration';

/**
 * The text read from each case's screenshots (OCR), for the dashboard search: one row per item with
 * its lines as read (to show the matching line) and their lower-cased search form, plus the stamp of
 * the case's `evidence/ocr` folder so an open-time sync notices readings made by another process.
 * No earlier version wrote readings, so existing rows need nothing.
 */
export const migration005EvidenceText: IndexMigration = {
  version: 5,
  up: (db) => {
    db.exec(`
      CREATE TABLE evidence_text (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        lines TEXT NOT NULL,
        search_text TEXT NOT NULL,
        PRIMARY KEY (case_id, item_id)
      ) STRICT;
      ALTER TABLE cases ADD COLUMN ocr_mtime_ms REAL;
      ALTER TABLE cases ADD COLUMN ocr_size INTEGER;
    `);
  },
};
