import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001Cases } from '../../../../src/core/index/migrations/001-cases';
import { migration002Evidence } from '../../../../src/core/index/migrations/002-evidence';
import { migration003ActivityAndEvidenceSearch } from '../../../../src/core/index/migrations/003-activity-and-evidence-search';

describe('index migration 003: activity and evidence search', () => {
  it('empties the cached cases (the next sync reads them again) and adds updated_at and evidence search text', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migration001Cases.up(db);
    migration002Evidence.up(db);
    db.prepare(
      `INSERT INTO cases (id, folder, title, platform_name, order_number, amount_paid_fen, status, lifecycle,
         created_at, last_activity_at, search_text, file_mtime_ms, file_size)
       VALUES ('C1', 'f', 't', 'p', 'o', 100, 'preparing', 'active', 'x', 'x', 's', 1, 1)`,
    ).run();
    db.prepare("INSERT INTO evidence VALUES ('C1', 'E1', 1, '订单支付截图', 'transaction', 'image/png', 10, 'ab', 0)").run();
    db.prepare("INSERT INTO damaged_folders VALUES ('g', '坏了')").run();
    migration003ActivityAndEvidenceSearch.up(db);

    for (const table of ['cases', 'evidence', 'damaged_folders']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    const columns = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('cases')).toContain('updated_at');
    expect(columns('evidence')).toContain('search_text');
    db.close();
  });
});
