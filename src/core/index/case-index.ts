import type { CaseListing } from '../../shared/api/contract';
import type { CaseLifecycle, CaseRecord, CaseStatus, CaseSummary, DamagedCase } from '../../shared/domain/case';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { Deadline } from '../../shared/domain/timeline';
import { errorMessages } from '../../shared/messages/errors';
import { toChinaIso } from '../../shared/validation/date-time';
import type { CaseFolderRead } from '../cases/case-store';
import { sameStamp, type FileStamp } from '../fs/file-stamp';
import type { IndexDb } from './index-db';

export interface CaseListQuery {
  view: CaseLifecycle;
  query?: string;
  status?: CaseStatus;
}

/** Where a reference (case id or folder name) points in the index. */
export type IndexedRef = { kind: 'case'; id: string; folder: string } | { kind: 'damaged'; folder: string; reason: string };

interface CaseRow {
  id: string;
  folder: string;
  title: string;
  platform_name: string;
  product: string | null;
  order_number: string;
  amount_paid_fen: number;
  status: CaseStatus;
  lifecycle: CaseLifecycle;
  created_at: string;
  last_activity_at: string;
  evidence_count: number;
}

/** Full-width letters and digits fold to ASCII and case is ignored, in the stored text and the query alike. */
const searchable = (text: string): string => text.normalize('NFKC').toLowerCase();

const searchTextOf = (record: CaseRecord): string =>
  searchable(
    [
      record.title,
      record.platform.name,
      record.platform.company,
      record.order.product,
      record.order.number,
      record.complainant.name,
      record.order.paymentRef,
    ]
      .filter(Boolean)
      .join('\n'),
  );

const likePattern = (query: string): string => `%${searchable(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const toSummary = (row: CaseRow): CaseSummary => ({
  id: row.id,
  folder: row.folder,
  title: row.title,
  platformName: row.platform_name,
  ...(row.product === null ? {} : { product: row.product }),
  orderNumber: row.order_number,
  amountPaidFen: row.amount_paid_fen,
  status: row.status,
  lifecycle: row.lifecycle,
  createdAt: row.created_at,
  lastActivityAt: row.last_activity_at,
  evidenceCount: row.evidence_count,
});

const SUMMARY_COLUMNS = `id, folder, title, platform_name, product, order_number, amount_paid_fen, status, lifecycle,
  created_at, last_activity_at, evidence_count`;

/**
 * A case's last activity: the later of its `case.json`'s `updatedAt` and its `evidence.json`'s
 * modification time. Both the live path and a rebuild compute it from these two, so they agree.
 */
function lastActivity(updatedAt: string, evidenceMtimeMs: number | null | undefined): string {
  if (evidenceMtimeMs === null || evidenceMtimeMs === undefined) return updatedAt;
  const evidenceAt = toChinaIso(new Date(evidenceMtimeMs));
  return evidenceAt > updatedAt ? evidenceAt : updatedAt;
}

/**
 * The workspace index: a disposable SQLite cache of the case folders for fast listing and search.
 * Every method is synchronous (better-sqlite3); callers read the files first, then record them here.
 */
export class CaseIndex {
  constructor(private readonly db: IndexDb) {}

  /**
   * Records what was read from one folder, replacing whatever the index held for it.
   *
   * Two folders claiming the same case id are never merged. The rule for which one keeps the id is
   * the folder name that sorts first, so a full rebuild and any sequence of incremental syncs agree;
   * the other is listed as damaged with the reason.
   */
  record(read: CaseFolderRead): void {
    this.db.transaction(() => {
      const previous = this.db.prepare('SELECT id FROM cases WHERE folder = ?').pluck().get(read.folder) as string | undefined;
      // The same case read again keeps its row, and with it the evidence mirror (see `upsertCase`).
      if (!read.ok || previous !== read.record.id) this.forget(read.folder);
      if (!read.ok) return this.markDamaged(read.folder, read.reason);
      const owner = this.db.prepare('SELECT folder FROM cases WHERE id = ?').pluck().get(read.record.id) as
        | string
        | undefined;
      if (owner !== undefined && owner < read.folder) {
        return this.markDamaged(read.folder, errorMessages.caseDuplicateId(read.record.id, owner));
      }
      if (owner !== undefined && owner !== read.folder) {
        this.forget(owner);
        this.markDamaged(owner, errorMessages.caseDuplicateId(read.record.id, read.folder));
      }
      this.upsertCase(read.folder, read.record, read.stamp);
    })();
  }

  /** Drops everything known about a folder (it vanished from disk). */
  forget(folder: string): void {
    this.db.prepare('DELETE FROM cases WHERE folder = ?').run(folder);
    this.db.prepare('DELETE FROM damaged_folders WHERE folder = ?').run(folder);
  }

  clear(): void {
    this.db.exec('DELETE FROM cases; DELETE FROM damaged_folders;');
  }

  /** Runs `work` in one transaction, so readers see the index before or after, never halfway. */
  transaction(work: () => void): void {
    this.db.transaction(work)();
  }

  list({ view, query, status }: CaseListQuery): CaseListing {
    const conditions = ['lifecycle = @view'];
    if (status) conditions.push('status = @status');
    const trimmed = query?.trim();
    if (trimmed) {
      conditions.push(`(cases.search_text LIKE @pattern ESCAPE '\\' OR EXISTS (
        SELECT 1 FROM evidence WHERE evidence.case_id = cases.id AND evidence.removed = 0 AND evidence.search_text LIKE @pattern ESCAPE '\\'))`);
    }
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM cases WHERE ${conditions.join(' AND ')}
         ORDER BY last_activity_at DESC, id DESC`,
      )
      .all({ view, status, pattern: trimmed ? likePattern(trimmed) : undefined }) as CaseRow[];
    return { cases: rows.map(toSummary), damaged: this.damaged() };
  }

  damaged(): DamagedCase[] {
    return this.db.prepare('SELECT folder, reason FROM damaged_folders ORDER BY folder').all() as DamagedCase[];
  }

  /** Finds a case by id (any letter case) or by folder name. */
  resolve(ref: string): IndexedRef | undefined {
    const name = ref.trim().normalize('NFC');
    const row = this.db
      .prepare('SELECT id, folder FROM cases WHERE id = ? OR folder = ?')
      .get(name.toUpperCase(), name) as { id: string; folder: string } | undefined;
    if (row) return { kind: 'case', ...row };
    const damaged = this.db.prepare('SELECT folder, reason FROM damaged_folders WHERE folder = ?').get(name) as
      | DamagedCase
      | undefined;
    return damaged && { kind: 'damaged', ...damaged };
  }

  /** The stamp each indexed case was read with, by folder: what an open-time sync compares against. */
  stamps(): Map<string, FileStamp> {
    const rows = this.db.prepare('SELECT folder, file_mtime_ms, file_size FROM cases').all() as {
      folder: string;
      file_mtime_ms: number;
      file_size: number;
    }[];
    return new Map(rows.map((r) => [r.folder, { mtimeMs: r.file_mtime_ms, size: r.file_size }]));
  }

  /** The stamp of the `evidence.json` each indexed case's evidence was mirrored from, by folder (none: no file). */
  evidenceStamps(): Map<string, FileStamp | undefined> {
    const rows = this.db.prepare('SELECT folder, evidence_mtime_ms, evidence_size FROM cases').all() as {
      folder: string;
      evidence_mtime_ms: number | null;
      evidence_size: number | null;
    }[];
    return new Map(
      rows.map((r) => [r.folder, r.evidence_mtime_ms === null ? undefined : { mtimeMs: r.evidence_mtime_ms, size: r.evidence_size ?? 0 }]),
    );
  }

  /** Whether the index already holds this valid read of a folder (same file stamp). */
  isCurrent(read: Extract<CaseFolderRead, { ok: true }>): boolean {
    const row = this.db
      .prepare('SELECT file_mtime_ms AS mtimeMs, file_size AS size FROM cases WHERE folder = ? AND id = ?')
      .get(read.folder, read.record.id) as FileStamp | undefined;
    return sameStamp(row, read.stamp);
  }

  /**
   * Replaces the mirrored evidence of a case with `items`, read from the `evidence.json` with `stamp`
   * (none when the case has no such file, or no usable one: then `items` is empty). The file's
   * modification time counts as activity of the case.
   */
  recordEvidence(caseId: string, items: readonly EvidenceView[], stamp: FileStamp | undefined): void {
    this.db.transaction(() => {
      const updatedAt = this.db.prepare('SELECT updated_at FROM cases WHERE id = ?').pluck().get(caseId) as string | undefined;
      if (updatedAt === undefined) return;
      this.db.prepare('DELETE FROM evidence WHERE case_id = ?').run(caseId);
      const insert = this.db.prepare(
        `INSERT INTO evidence (case_id, id, exhibit_number, title, category, media_type, size, sha256, removed, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const item of items) {
        insert.run(
          caseId,
          item.id,
          item.exhibitNumber ?? null,
          item.title,
          item.category,
          item.mediaType,
          item.size,
          item.sha256,
          item.removedAt ? 1 : 0,
          searchable(item.title),
        );
      }
      this.db
        .prepare(
          `UPDATE cases SET evidence_count = ?, evidence_mtime_ms = ?, evidence_size = ?, last_activity_at = ?
           WHERE id = ?`,
        )
        .run(
          items.filter((item) => !item.removedAt).length,
          stamp?.mtimeMs ?? null,
          stamp?.size ?? null,
          lastActivity(updatedAt, stamp?.mtimeMs),
          caseId,
        );
    })();
  }

  /** Records the earliest open deadline of a case (none: the case has nothing pending). */
  recordDue(caseId: string, due: Pick<Deadline, 'dueDate' | 'approximate'> | undefined): void {
    this.db
      .prepare('UPDATE cases SET next_due_date = ?, next_due_approximate = ? WHERE id = ?')
      .run(due?.dueDate ?? null, due?.approximate ? 1 : 0, caseId);
  }

  counts(): { caseCount: number; damagedCount: number } {
    const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { caseCount: count('cases'), damagedCount: count('damaged_folders') };
  }

  private markDamaged(folder: string, reason: string): void {
    this.db.prepare('INSERT INTO damaged_folders (folder, reason) VALUES (?, ?)').run(folder, reason);
  }

  /**
   * Inserts the case, or updates its row in place when the index already holds it in this folder: the
   * evidence mirror (its items, count and stamp) belongs to the case, not to a version of `case.json`.
   */
  private upsertCase(folder: string, record: CaseRecord, stamp: FileStamp): void {
    const evidenceMtimeMs = this.db.prepare('SELECT evidence_mtime_ms FROM cases WHERE id = ?').pluck().get(record.id) as
      | number
      | null
      | undefined;
    this.db
      .prepare(
        `INSERT INTO cases (id, folder, title, platform_name, product, order_number, amount_paid_fen, status,
           lifecycle, created_at, updated_at, last_activity_at, search_text, file_mtime_ms, file_size)
         VALUES (@id, @folder, @title, @platformName, @product, @orderNumber, @amountPaidFen, @status,
           @lifecycle, @createdAt, @updatedAt, @lastActivityAt, @searchText, @mtimeMs, @size)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, platform_name = excluded.platform_name,
           product = excluded.product, order_number = excluded.order_number, amount_paid_fen = excluded.amount_paid_fen,
           status = excluded.status, lifecycle = excluded.lifecycle, created_at = excluded.created_at,
           updated_at = excluded.updated_at, last_activity_at = excluded.last_activity_at,
           search_text = excluded.search_text, file_mtime_ms = excluded.file_mtime_ms, file_size = excluded.file_size`,
      )
      .run({
        id: record.id,
        folder,
        title: record.title,
        platformName: record.platform.name,
        product: record.order.product ?? null,
        orderNumber: record.order.number,
        amountPaidFen: record.order.amountPaidFen,
        status: record.status,
        lifecycle: record.lifecycle,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        lastActivityAt: lastActivity(record.updatedAt, evidenceMtimeMs),
        searchText: searchTextOf(record),
        mtimeMs: stamp.mtimeMs,
        size: stamp.size,
      });
  }
}
