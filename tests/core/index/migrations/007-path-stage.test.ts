import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INDEX_MIGRATIONS } from '../../../../src/core/index/migrations';
import { migration007PathStage } from '../../../../src/core/index/migrations/007-path-stage';

describe('index migration 007: path stage', () => {
  it('adds the stage column at the first step and forgets timeline stamps, so the next sync reads every timeline again', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const migration of INDEX_MIGRATIONS.filter((m) => m.version < 7)) migration.up(db);
    db.prepare(
      `INSERT INTO cases (id, folder, title, platform_name, order_number, amount_paid_fen, status, lifecycle,
         created_at, updated_at, last_activity_at, search_text, file_mtime_ms, file_size, timeline_mtime_ms, timeline_size, next_due_date)
       VALUES ('C1', 'f', 't', 'p', 'o', 100, 'third-party', 'active', 'x', 'x', 'x', 's', 1, 1, 5, 50, '2026-10-10')`,
    ).run();
    migration007PathStage.up(db);

    expect(db.prepare('SELECT path_stage, timeline_mtime_ms, timeline_size, next_due_date FROM cases').get()).toEqual({
      path_stage: 'prepare',
      timeline_mtime_ms: null,
      timeline_size: null,
      next_due_date: '2026-10-10',
    });
    db.close();
  });
});
