import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001Cases } from '../../../../src/core/index/migrations/001-cases';
import { migration002Evidence } from '../../../../src/core/index/migrations/002-evidence';
import { migration003ActivityAndEvidenceSearch } from '../../../../src/core/index/migrations/003-activity-and-evidence-search';
import { migration004Deadlines } from '../../../../src/core/index/migrations/004-deadlines';

describe('index migration 004: deadlines', () => {
  it('adds the due date and timeline stamp columns (empty on existing rows, so the next sync derives them) and the due-date index', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const migration of [migration001Cases, migration002Evidence, migration003ActivityAndEvidenceSearch]) migration.up(db);
    db.prepare(
      `INSERT INTO cases (id, folder, title, platform_name, order_number, amount_paid_fen, status, lifecycle,
         created_at, updated_at, last_activity_at, search_text, file_mtime_ms, file_size)
       VALUES ('C1', 'f', 't', 'p', 'o', 100, 'negotiating', 'active', 'x', 'x', 'x', 's', 1, 1)`,
    ).run();
    migration004Deadlines.up(db);

    expect(db.prepare('SELECT next_due_date, next_due_approximate, timeline_mtime_ms, timeline_size FROM cases').get()).toEqual({
      next_due_date: null,
      next_due_approximate: 0,
      timeline_mtime_ms: null,
      timeline_size: null,
    });
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE lifecycle = 'active' AND next_due_date < '2026-10-14'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('cases_by_due');
    db.close();
  });
});
