import type { CaseListing } from '../../shared/api/contract';
import type { CaseLifecycle, CaseRecord, CaseStatus, CaseSummary, DamagedCase } from '../../shared/domain/case';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { OcrSearchHit } from '../../shared/domain/ocr';
import { maskCardKeys } from '../ocr/extract-facts';
import { errorMessages } from '../../shared/messages/errors';
import { toChinaIso } from '../../shared/validation/date-time';
import type { CaseFolderRead } from '../cases/case-store';
import { sameStamp, type FileStamp } from '../fs/file-stamp';
import type { TimelineDue } from '../timeline/timeline-due';
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
  next_due_date: string | null;
  next_due_approximate: number;
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
  ...(row.next_due_date === null ? {} : { nextDueDate: row.next_due_date, dueApproximate: row.next_due_approximate === 1 }),
});

const SUMMARY_COLUMNS = `id, folder, title, platform_name, product, order_number, amount_paid_fen, status, lifecycle,
  created_at, last_activity_at, evidence_count, next_due_date, next_due_approximate`;

/** The files beside `case.json` whose stamps the index keeps (each in its own two columns); `ocr` is the readings' folder. */
export type SideFile = 'evidence' | 'timeline' | 'ocr';

/** How many text hits one search returns at most: enough to pick from, cheap to show. */
const MAX_TEXT_HITS = 50;

/** What an index row holds about the side files, as read back to recompute the last activity. */
interface SideFileTimes {
  updated_at: string;
  evidence_mtime_ms: number | null;
  timeline_mtime_ms: number | null;
}

/**
 * A case's last activity: the later of its `case.json`'s `updatedAt` and the modification times of
 * its `evidence.json` and `timeline.json`. The live path and a rebuild both compute it from these
 * three, in whatever order they are recorded, so they agree.
 */
function lastActivity({ updated_at, evidence_mtime_ms, timeline_mtime_ms }: SideFileTimes): string {
  return [evidence_mtime_ms, timeline_mtime_ms]
    .flatMap((mtimeMs) => (mtimeMs === null ? [] : [toChinaIso(new Date(mtimeMs))]))
    .reduce((latest, at) => (at > latest ? at : latest), updated_at);
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
        SELECT 1 FROM evidence WHERE evidence.case_id = cases.id AND evidence.removed = 0 AND evidence.search_text LIKE @pattern ESCAPE '\\')
        OR EXISTS (SELECT 1 FROM evidence_text JOIN evidence ON evidence.case_id = evidence_text.case_id AND evidence.id = evidence_text.item_id
          WHERE evidence_text.case_id = cases.id AND evidence.removed = 0 AND evidence_text.search_text LIKE @pattern ESCAPE '\\'))`);
    }
    // Cases with a deadline first, the earliest on top; the rest (and ties) by last activity.
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM cases WHERE ${conditions.join(' AND ')}
         ORDER BY next_due_date IS NULL, next_due_date, last_activity_at DESC, id DESC`,
      )
      .all({ view, status, pattern: trimmed ? likePattern(trimmed) : undefined }) as CaseRow[];
    return { cases: rows.map(toSummary), damaged: this.damaged() };
  }

  /**
   * Screenshots of cases in `view` whose text read by OCR contains `query`, each with the first
   * matching line; items in a case's evidence trash are left out.
   */
  searchText(query: string, view: CaseLifecycle): OcrSearchHit[] {
    const needle = searchable(query.trim());
    if (!needle) return [];
    const rows = this.db
      .prepare(
        `SELECT cases.id AS caseId, cases.title AS caseTitle, cases.folder AS caseFolder, evidence.id AS itemId,
           evidence.title AS itemTitle, evidence.exhibit_number AS exhibitNumber, evidence_text.lines AS lines
         FROM evidence_text
         JOIN cases ON cases.id = evidence_text.case_id
         JOIN evidence ON evidence.case_id = evidence_text.case_id AND evidence.id = evidence_text.item_id
         WHERE cases.lifecycle = ? AND evidence.removed = 0 AND evidence_text.search_text LIKE ? ESCAPE '\\'
         ORDER BY cases.last_activity_at DESC, evidence.exhibit_number LIMIT ?`,
      )
      .all(view, likePattern(query.trim()), MAX_TEXT_HITS) as (Omit<OcrSearchHit, 'line' | 'exhibitNumber'> & { exhibitNumber: number | null; lines: string })[];
    return rows.map(({ lines, exhibitNumber, ...hit }) => {
      const all = lines.split('\n');
      // A match across two lines still names the first of them.
      const line = all.find((l) => searchable(l).includes(needle)) ?? all.find((l, i) => searchable(`${l}\n${all[i + 1] ?? ''}`).includes(needle)) ?? all[0] ?? '';
      return { ...hit, ...(exhibitNumber === null ? {} : { exhibitNumber }), line: maskCardKeys(line) };
    });
  }

  /**
   * Replaces the text read from a case's screenshots, as read from its `evidence/ocr` folder with
   * `stamp` (none: no such folder).
   */
  recordEvidenceText(caseId: string, texts: readonly { itemId: string; text: string }[], stamp: FileStamp | undefined): void {
    this.db.transaction(() => {
      if (!this.sideFileTimes(caseId)) return;
      this.db.prepare('DELETE FROM evidence_text WHERE case_id = ?').run(caseId);
      const insert = this.db.prepare('INSERT INTO evidence_text (case_id, item_id, lines, search_text) VALUES (?, ?, ?, ?)');
      for (const { itemId, text } of texts) insert.run(caseId, itemId, text, searchable(text));
      this.db.prepare('UPDATE cases SET ocr_mtime_ms = ?, ocr_size = ? WHERE id = ?').run(stamp?.mtimeMs ?? null, stamp?.size ?? null, caseId);
    })();
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

  /** The stamp of the side file each indexed case was last mirrored from, by folder (none: no file). */
  sideFileStamps(file: SideFile): Map<string, FileStamp | undefined> {
    const rows = this.db.prepare(`SELECT folder, ${file}_mtime_ms AS mtimeMs, ${file}_size AS size FROM cases`).all() as {
      folder: string;
      mtimeMs: number | null;
      size: number | null;
    }[];
    return new Map(rows.map((r) => [r.folder, r.mtimeMs === null ? undefined : { mtimeMs: r.mtimeMs, size: r.size ?? 0 }]));
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
      const times = this.sideFileTimes(caseId);
      if (!times) return;
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
          lastActivity({ ...times, evidence_mtime_ms: stamp?.mtimeMs ?? null }),
          caseId,
        );
    })();
  }

  /**
   * Records the earliest open deadline of a case (none: nothing pending, or no usable timeline),
   * derived from the `timeline.json` with `stamp` (none: no such file). The file's modification
   * time counts as activity of the case.
   */
  recordTimeline(caseId: string, { due, stamp }: TimelineDue): void {
    this.db.transaction(() => {
      const times = this.sideFileTimes(caseId);
      if (!times) return;
      this.db
        .prepare(
          `UPDATE cases SET next_due_date = ?, next_due_approximate = ?, timeline_mtime_ms = ?, timeline_size = ?,
             last_activity_at = ? WHERE id = ?`,
        )
        .run(
          due?.dueDate ?? null,
          due?.approximate ? 1 : 0,
          stamp?.mtimeMs ?? null,
          stamp?.size ?? null,
          lastActivity({ ...times, timeline_mtime_ms: stamp?.mtimeMs ?? null }),
          caseId,
        );
    })();
  }

  /** Active cases still in progress (not resolved or closed) whose next due date is before `today`, earliest first. */
  dueBefore(today: string): { id: string; title: string; nextDueDate: string }[] {
    return this.db
      .prepare(
        `SELECT id, title, next_due_date AS nextDueDate FROM cases
         WHERE lifecycle = 'active' AND status NOT IN ('resolved', 'closed') AND next_due_date < ?
         ORDER BY next_due_date, id`,
      )
      .all(today) as { id: string; title: string; nextDueDate: string }[];
  }

  counts(): { caseCount: number; damagedCount: number } {
    const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { caseCount: count('cases'), damagedCount: count('damaged_folders') };
  }

  private sideFileTimes(caseId: string): SideFileTimes | undefined {
    return this.db.prepare('SELECT updated_at, evidence_mtime_ms, timeline_mtime_ms FROM cases WHERE id = ?').get(caseId) as
      | SideFileTimes
      | undefined;
  }

  private markDamaged(folder: string, reason: string): void {
    this.db.prepare('INSERT INTO damaged_folders (folder, reason) VALUES (?, ?)').run(folder, reason);
  }

  /**
   * Inserts the case, or updates its row in place when the index already holds it in this folder: the
   * evidence mirror (its items, count and stamp) and the timeline's due date and stamp belong to the
   * case, not to a version of `case.json`.
   */
  private upsertCase(folder: string, record: CaseRecord, stamp: FileStamp): void {
    const times = this.sideFileTimes(record.id);
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
        lastActivityAt: lastActivity({
          updated_at: record.updatedAt,
          evidence_mtime_ms: times?.evidence_mtime_ms ?? null,
          timeline_mtime_ms: times?.timeline_mtime_ms ?? null,
        }),
        searchText: searchTextOf(record),
        mtimeMs: stamp.mtimeMs,
        size: stamp.size,
      });
  }
}
