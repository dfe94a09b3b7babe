import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001Cases } from '../../../../src/core/index/migrations/001-cases';
import { INDEX_MIGRATIONS } from '../../../../src/core/index/migrations';

describe('index migration 001: cases', () => {
  it('creates the case and damaged-folder tables with their indexes', () => {
    const db = new Database(':memory:');
    migration001Cases.up(db);
    const objects = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
    expect(objects).toEqual([
      { type: 'table', name: 'cases' },
      { type: 'index', name: 'cases_by_view' },
      { type: 'index', name: 'cases_by_view_status' },
      { type: 'table', name: 'damaged_folders' },
    ]);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE lifecycle = 'active' ORDER BY last_activity_at DESC")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('cases_by_view');
    db.close();
  });

  it('is numbered by its position', () => {
    expect(INDEX_MIGRATIONS.map((m) => m.version)).toEqual(INDEX_MIGRATIONS.map((_, i) => i + 1));
  });
});
