import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001Cases } from '../../../../src/core/index/migrations/001-cases';
import { migration002Evidence } from '../../../../src/core/index/migrations/002-evidence';

describe('index migration 002: evidence', () => {
  it('adds the evidence mirror, cascading from its case, and the evidence columns of a case', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migration001Cases.up(db);
    db.prepare(
      `INSERT INTO cases (id, folder, title, platform_name, order_number, amount_paid_fen, status, lifecycle,
         created_at, last_activity_at, search_text, file_mtime_ms, file_size)
       VALUES ('C1', 'f', 't', 'p', 'o', 100, 'preparing', 'active', 'x', 'x', 's', 1, 1)`,
    ).run();
    migration002Evidence.up(db);

    const columns = (db.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['evidence_count', 'evidence_mtime_ms', 'evidence_size']));
    expect(db.prepare('SELECT evidence_count FROM cases').pluck().get()).toBe(0);

    db.prepare("INSERT INTO evidence VALUES ('C1', 'E1', 1, '订单支付截图', 'transaction', 'image/png', 10, 'ab', 0)").run();
    db.prepare("DELETE FROM cases WHERE id = 'C1'").run();
    expect(db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
    db.close();
  });
});
