import type { Database } from 'better-sqlite3';

/** One numbered schema step of the workspace index, applied in its own transaction. */
export interface IndexMigration {
  version: number;
  up: (db: Database) => void;
}
