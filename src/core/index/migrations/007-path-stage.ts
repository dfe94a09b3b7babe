import type { IndexMigration } from './index-migration';

/**
 * The step of the complaint path each case has reached (from its timeline), for the dashboard's
 * stage column. Existing rows forget their timeline stamp, so the sync that follows every open reads
 * each timeline again and fills the column; cases without a timeline are at the first step already.
 */
export const migration007PathStage: IndexMigration = {
  version: 7,
  up: (db) => {
    db.exec(`
      ALTER TABLE cases ADD COLUMN path_stage TEXT NOT NULL DEFAULT 'prepare';
      UPDATE cases SET timeline_mtime_ms = NULL, timeline_size = NULL;
    `);
  },
};
