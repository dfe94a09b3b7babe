import type { IndexMigration } from './index-migration';

/**
 * The earliest open deadline of each case (from its timeline), so the dashboard can sort by it and
 * flag overdue cases without reading every timeline. Overdue days depend on today and are counted
 * when listing.
 */
export const migration004Deadlines: IndexMigration = {
  version: 4,
  up: (db) => {
    db.exec(`
      ALTER TABLE cases ADD COLUMN next_due_date TEXT;
      ALTER TABLE cases ADD COLUMN next_due_approximate INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN timeline_mtime_ms REAL;
      ALTER TABLE cases ADD COLUMN timeline_size INTEGER;
      CREATE INDEX cases_by_due ON cases (lifecycle, next_due_date);
    `);
  },
};
