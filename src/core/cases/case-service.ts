import { monotonicFactory } from 'ulid';
import type { CaseListing } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { CaseClaims, CaseDetail, CaseFacts, CaseLifecycle, CaseRecord, CaseStatus } from '../../shared/domain/case';
import { errorMessages } from '../../shared/messages/errors';
import { nowChinaIso } from '../../shared/validation/date-time';
import { auditHead, headMismatch, readAudit, type AuditHead } from '../audit/audit-log';
import { commitAudited, type AuditedChange } from '../audit/audited-change';
import type { FileStamp } from '../fs/file-stamp';
import type { CaseIndex, CaseListQuery } from '../index/case-index';
import type { DueClock } from '../timeline/due-clock';
import { listCases, overdueCases, type OverdueCase } from '../timeline/overdue-cases';
import { readTimelineDue } from '../timeline/timeline-due';
import type { Notices } from '../workspace/notices';
import { caseChanges } from './case-changes';
import { CASE_FILE_VERSION, serializeCaseFile } from './case-file';
import { CASE_FILE_NAME, type CaseFolderRead, type CaseStore } from './case-store';

/** A case as read for one action: its record and where its folder is. */
export interface CaseContext {
  record: CaseRecord;
  folder: string;
  path: string;
}

/** Commits one user action on the case (see `commitAudited`); `edit` changes `case.json` in the same action. Returns the record as it now is. */
export type CaseCommit = (change: AuditedChange, edit?: (record: CaseRecord) => CaseRecord) => Promise<CaseRecord>;

/**
 * The case operations behind the API. Every change is one audited commit of the case folder (its
 * audit line first, see `commitAudited`) under the case lock; the index is updated afterwards. The
 * folders are the truth and the index a rebuildable cache, so once the folder is committed the
 * action has succeeded: an index that cannot be written then (full disk, busy, read-only) costs a
 * notice, and the next open brings it up to date. Reads take no lock.
 */
export class CaseService {
  private readonly newId = monotonicFactory();

  constructor(
    private readonly store: CaseStore,
    private readonly index: CaseIndex,
    private readonly clock: DueClock,
    private readonly notices: Notices,
  ) {}

  /** The dashboard rows, earliest due date first, each overdue one with its working days counted for today. */
  list(query: CaseListQuery): CaseListing {
    return listCases(this.index, this.clock, query);
  }

  /** Active cases whose next deadline passed before today: what the desktop app notifies about. */
  overdue(): OverdueCase[] {
    return overdueCases(this.index, this.clock.calendar, this.clock.today());
  }

  /** Reads a case by id or folder name from its folder (the truth), refreshing its index row if stale. */
  async get(ref: string): Promise<CaseDetail> {
    const folder = this.folderOf(ref);
    const read = await this.readValid(ref, folder);
    return this.detail(folder, read.record);
  }

  /** Where a case lives on disk, for the services that keep files inside its folder. */
  async locate(ref: string): Promise<{ id: string; folder: string; path: string }> {
    const { record, folder, path } = await this.get(ref);
    return { id: record.id, folder, path };
  }

  /**
   * Where a case's folder is, even when its `case.json` cannot be read (verify reports on what is
   * there), with the chain head the index keeps for it when its id is known.
   */
  async locateFolder(ref: string): Promise<{ folder: string; path: string; id?: string; anchor?: AuditHead }> {
    const folder = this.folderOf(ref);
    if (!(await this.store.folderExists(folder))) return this.vanished(ref, folder);
    const read = await this.store.read(folder);
    const id = read.ok ? read.record.id : undefined;
    const anchor = id === undefined ? undefined : this.anchorOf(id);
    return { folder, path: this.store.pathOf(folder), ...(id ? { id } : {}), ...(anchor ? { anchor } : {}) };
  }

  /** After a repair the person confirmed: the chain head kept in the index becomes the repaired log's. */
  reanchor(caseId: string, head: AuditHead): Promise<void> {
    return this.indexing(() => this.index.recordAnchor(caseId, head, { force: true }));
  }

  private anchorOf(caseId: string): AuditHead | undefined {
    try {
      return this.index.anchor(caseId);
    } catch (error) {
      this.notices.indexUnreadable(error);
      return undefined;
    }
  }

  /** Evidence changed in a case folder: the index mirrors the items and the case's last activity moves. */
  evidenceChanged(caseId: string, items: readonly EvidenceView[], stamp: FileStamp | undefined): Promise<void> {
    return this.indexing(() => this.index.recordEvidence(caseId, items, stamp));
  }

  /** The text read from a case's screenshots changed: the index keeps it for search. */
  ocrChanged(caseId: string, texts: { itemId: string; text: string }[], stamp: FileStamp | undefined): void {
    this.index.recordEvidenceText(caseId, texts, stamp);
  }

  /** Screenshots whose text contains `query`, across the cases of a view (the dashboard's search). */
  searchText(query: string, view: CaseLifecycle) {
    return this.index.searchText(query, view);
  }

  async create(facts: CaseFacts): Promise<{ id: string; folder: string }> {
    const now = nowChinaIso();
    const record: CaseRecord = {
      schemaVersion: CASE_FILE_VERSION,
      id: this.newId(),
      createdAt: now,
      updatedAt: now,
      status: 'preparing',
      lifecycle: 'active',
      ...facts,
    };
    const { folder, stamp, head } = await this.store.create(record);
    await this.indexing(() => {
      this.index.record({ ok: true, folder, record, fromVersion: CASE_FILE_VERSION, stamp });
      this.index.recordAnchor(record.id, head);
    });
    return { id: record.id, folder };
  }

  /**
   * Replaces the facts; the folder name stays (see {@link CaseStore.create} for why it never changes).
   * Optional sections left out of the new facts (the shop, the lawsuit answers) are removed.
   */
  updateFacts(ref: string, facts: CaseFacts): Promise<CaseDetail> {
    return this.change(ref, ({ seller: _seller, litigation: _litigation, ...record }) => ({ ...record, ...facts }));
  }

  setStatus(ref: string, status: CaseStatus): Promise<CaseDetail> {
    return this.change(ref, (record) => ({ ...record, status }));
  }

  /** Archive, trash, restore: only a field changes, nothing is ever deleted. */
  setLifecycle(ref: string, lifecycle: CaseLifecycle): Promise<CaseDetail> {
    return this.change(ref, (record) => ({ ...record, lifecycle }));
  }

  /** Replaces what the person claims (fraud, a platform promise); the advisor and the offer check read it. */
  setClaims(ref: string, claims: CaseClaims): Promise<CaseDetail> {
    return this.change(ref, (record) => ({ ...record, claims }));
  }

  /**
   * The timeline of a case changed (or what its deadlines depend on in `case.json`): the index
   * re-derives its next due date from `timeline.json`, and the case's last activity moves.
   */
  timelineChanged(record: CaseRecord, path: string): Promise<void> {
    return this.indexing(async () => this.index.recordTimeline(record.id, await readTimelineDue(path, record, this.clock)));
  }

  /** Runs `work` on the case as it is now, without the lock: files are replaced whole, so a read sees a state before or after any write. */
  async read<T>(ref: string, work: (context: CaseContext) => Promise<T>): Promise<T> {
    const folder = this.folderOf(ref);
    const read = await this.readValid(ref, folder);
    return work({ record: read.record, folder, path: this.store.pathOf(folder) });
  }

  /**
   * Runs `work` under the case lock with the current record, for actions that write files of the
   * case folder; `commit` makes one audited change, which may also change `case.json` (a timeline
   * entry that says the platform escalated moves the status in the same action).
   */
  async withCase<T>(ref: string, work: (context: CaseContext & { commit: CaseCommit }) => Promise<T>): Promise<T> {
    const folder = this.folderOf(ref);
    if (!(await this.store.folderExists(folder))) return this.vanished(ref, folder);
    return this.lock(folder, async () => {
      const read = await this.readValid(ref, folder);
      const path = this.store.pathOf(folder);
      let current = read.record;
      const commit: CaseCommit = async (change, edit) => {
        const { full, record } = withCaseEdit(change, current, edit);
        await commitAudited(path, full);
        if (record !== current) await this.caseFileChanged(folder, record);
        current = record;
        return record;
      };
      return work({ record: read.record, folder, path, commit });
    });
  }

  /**
   * Holds the case lock while `work` runs; afterwards the index keeps the log's new chain head (the
   * anchor verify compares the log with), whatever `work` appended — but only when the log still
   * holds the head recorded before: appending to a log that was cut or rewritten must not move the
   * anchor past the damage, or a few more writes would hide it from verify.
   */
  async lock<T>(folder: string, work: () => Promise<T>): Promise<T> {
    const path = this.store.pathOf(folder);
    let before: AuditHead | undefined;
    try {
      return await this.store.withLock(folder, async () => {
        before = await auditHead(path).catch(() => undefined);
        return work();
      });
    } finally {
      await this.indexing(async () => {
        const [head, read] = await Promise.all([auditHead(path), this.store.read(folder)]);
        if (head && read.ok && (await this.extendsAnchor(read.record.id, path, before))) this.index.recordAnchor(read.record.id, head);
      });
    }
  }

  /** Whether the case's log still holds its anchored head: at once when the log ended there as the lock was taken, else by reading the log. */
  private async extendsAnchor(caseId: string, path: string, before: AuditHead | undefined): Promise<boolean> {
    const anchor = this.index.anchor(caseId);
    if (!anchor || (before?.lines === anchor.lines && before.sha256 === anchor.sha256)) return true;
    return headMismatch(await readAudit(path), anchor) === undefined;
  }

  /** One read-modify-write of `case.json` under the case lock: a file that does not validate is never overwritten. */
  private async change(ref: string, edit: (record: CaseRecord) => CaseRecord): Promise<CaseDetail> {
    return this.withCase(ref, async ({ folder, commit }) => this.detail(folder, await commit({ lines: [] }, edit)));
  }

  /** After `case.json` was committed: its index row, and the deadlines (the demand's working days set one). */
  private async caseFileChanged(folder: string, record: CaseRecord): Promise<void> {
    const stamp = await this.store.stamp(folder);
    if (stamp) await this.indexing(() => this.index.record({ ok: true, folder, record, fromVersion: CASE_FILE_VERSION, stamp }));
    await this.timelineChanged(record, this.store.pathOf(folder));
  }

  /**
   * Index work after the case files are committed: a failure is a notice for the person (the action
   * did succeed) and the next open's sync catches the index up from the folders.
   */
  private async indexing(work: () => void | Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.notices.indexNotUpdated(error);
    }
  }

  /**
   * Reads a case file that must be valid and own its id. What is read is recorded in the index when
   * it differs from what the index knew, so a repaired file is usable at once and a newly broken one
   * (left untouched) is listed as damaged; a folder that disappeared is dropped from the index.
   */
  private async readValid(ref: string, folder: string): Promise<Extract<CaseFolderRead, { ok: true }>> {
    const read = await this.store.read(folder);
    if (!read.ok && !(await this.store.folderExists(folder))) return this.vanished(ref, folder);
    const stale = !read.ok || !this.index.isCurrent(read);
    if (stale) await this.indexing(() => this.index.record(read));
    if (!read.ok) throw new ApiFailure('damaged', read.reason);
    const indexed = this.index.resolve(folder);
    if (indexed?.kind === 'damaged') throw new ApiFailure('damaged', indexed.reason);
    // Changed behind our back (another process): its deadlines may have changed too.
    if (stale) await this.timelineChanged(read.record, this.store.pathOf(folder));
    return read;
  }

  private vanished(ref: string, folder: string): never {
    try {
      this.index.forget(folder);
    } catch (error) {
      this.notices.indexNotUpdated(error);
    }
    throw new ApiFailure('not-found', errorMessages.caseNotFound(ref));
  }

  /** The folder a reference points to; damaged folders too, since the file may have been repaired. */
  private folderOf(ref: string): string {
    const found = this.index.resolve(ref);
    if (!found) throw new ApiFailure('not-found', errorMessages.caseNotFound(ref));
    return found.folder;
  }

  private detail(folder: string, record: CaseRecord): CaseDetail {
    return { record, folder, path: this.store.pathOf(folder) };
  }
}

/**
 * Adds the change of `case.json` an action makes (if any) to its audited change: a `case.update`
 * line naming what changed, and the new file, recorded on that line.
 */
function withCaseEdit(
  change: AuditedChange,
  current: CaseRecord,
  edit: ((record: CaseRecord) => CaseRecord) | undefined,
): { full: AuditedChange; record: CaseRecord } {
  if (!edit) return { full: change, record: current };
  const edited = edit(current);
  // An edit that hands back the record itself changes nothing (a status the case already has).
  if (edited === current) return { full: change, record: current };
  const record: CaseRecord = { ...edited, schemaVersion: CASE_FILE_VERSION, updatedAt: nowChinaIso() };
  const last = change.lines.length - 1;
  const pinned = <T extends { line?: number }>(files: readonly T[] = []) => files.map((file) => ({ ...file, line: file.line ?? last }));
  const lines = [...change.lines, { action: 'case.update' as const, target: record.id, detail: { ...caseChanges(current, record) } }];
  return {
    full: {
      lines,
      moves: pinned(change.moves),
      writes: [...pinned(change.writes), { path: CASE_FILE_NAME, data: serializeCaseFile(record), line: lines.length - 1 }],
    },
    record,
  };
}
