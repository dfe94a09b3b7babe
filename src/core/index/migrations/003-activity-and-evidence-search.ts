import type { IndexMigration } from './index-migration';

/**
 * Keeps each case's `updatedAt` beside its last activity, so the last activity can always be
 * recomputed as the later of `case.json`'s `updatedAt` and `evidence.json`'s modification time
 * (in whatever order the two are recorded), and lets search match evidence titles.
 *
 * The index is a cache of the case folders: rather than guess the new values for existing rows, the
 * cases are dropped, and the sync that follows every open reads them all again.
 */
export const migration003ActivityAndEvidenceSearch: IndexMigration = {
  version: 3,
  up: (db) => {
    db.exec(`
      DELETE FROM evidence;
      DELETE FROM cases;
      DELETE FROM damaged_folders;
      ALTER TABLE cases ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE evidence ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
    `);
  },
};
