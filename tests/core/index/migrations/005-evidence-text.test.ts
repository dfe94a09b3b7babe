import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { INDEX_MIGRATIONS } from '../../../../src/core/index/migrations';
import { migration005EvidenceText } from '../../../../src/core/index/migrations/005-evidence-text';

describe('index migration 005: text read from screenshots', () => {
  it('adds the evidence text table (dropped with its case) and an empty OCR folder stamp on existing cases', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const migration of INDEX_MIGRATIONS.slice(0, 4)) migration.up(db);
    db.prepare(
      `INSERT INTO cases (id, folder, title, platform_name, order_number, amount_paid_fen, status, lifecycle,
         created_at, updated_at, last_activity_at, search_text, file_mtime_ms, file_size)
       VALUES ('C1', 'f', 't', 'p', 'o', 100, 'negotiating', 'active', 'x', 'x', 'x', 's', 1, 1)`,
    ).run();
    migration005EvidenceText.up(db);

    expect(db.prepare('SELECT ocr_mtime_ms, ocr_size FROM cases').get()).toEqual({ ocr_mtime_ms: null, ocr_size: null });
    db.prepare("INSERT INTO evidence_text (case_id, item_id, lines, search_text) VALUES ('C1', 'I1', '卡密无效', '卡密无效')").run();
    db.prepare("DELETE FROM cases WHERE id = 'C1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM evidence_text').get()).toEqual({ n: 0 });
    db.close();
  });
});
