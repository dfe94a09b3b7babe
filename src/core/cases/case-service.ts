import { monotonicFactory } from 'ulid';
import type { CaseListing } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { CaseClaims, CaseDetail, CaseFacts, CaseLifecycle, CaseRecord, CaseStatus } from '../../shared/domain/case';
import { errorMessages } from '../../shared/messages/errors';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import type { FileStamp } from '../fs/file-stamp';
import type { CaseIndex, CaseListQuery } from '../index/case-index';
import type { DueClock } from '../timeline/due-clock';
import { overdueCases, withOverdue, type OverdueCase } from '../timeline/overdue-cases';
import { readTimelineDue } from '../timeline/timeline-due';
import { caseChanges } from './case-changes';
import { CASE_FILE_VERSION } from './case-file';
import type { CaseFolderRead, CaseStore } from './case-store';

/**
 * The case operations behind the API: the folders are written first (atomically, under the case
 * lock, followed by a line in the case's audit log), then the index row, so the index never claims
 * more than the files hold.
 */
export class CaseService {
  private readonly newId = monotonicFactory();

  constructor(
    private readonly store: CaseStore,
    private readonly index: CaseIndex,
    private readonly clock: DueClock,
  ) {}

  /** The dashboard rows, earliest due date first, each overdue one with its working days counted for today. */
  list(query: CaseListQuery): CaseListing {
    const listing = this.index.list(query);
    const today = this.clock.today();
    return { ...listing, cases: listing.cases.map((summary) => withOverdue(summary, this.clock.calendar, today)) };
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

  /** Evidence changed in a case folder: the index mirrors the items and the case's last activity moves. */
  evidenceChanged(caseId: string, items: readonly EvidenceView[], stamp: FileStamp | undefined): void {
    this.index.recordEvidence(caseId, items, stamp);
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
    const { folder, stamp } = await this.store.create(record);
    await this.store.withLock(folder, () =>
      appendAudit(this.store.pathOf(folder), { action: 'case.create', target: record.id, detail: { folder } }),
    );
    this.index.record({ ok: true, folder, record, fromVersion: CASE_FILE_VERSION, stamp });
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
   * re-derives its next due date from `timeline.json`, and the case's last activity moves. The
   * caller holds the case lock, so the file read is the one just written.
   */
  async timelineChanged(record: CaseRecord, path: string): Promise<void> {
    this.index.recordTimeline(record.id, await readTimelineDue(path, record, this.clock));
  }

  /**
   * Runs `work` under the case lock with the current record, for actions that write other files of
   * the case folder and may move the status as part of the same action (a timeline entry that says
   * the platform escalated, say). `setStatus` writes `case.json` without taking the lock again.
   */
  async withCase<T>(
    ref: string,
    work: (context: { record: CaseRecord; path: string; setStatus: (status: CaseStatus) => Promise<void> }) => Promise<T>,
  ): Promise<T> {
    const folder = this.folderOf(ref);
    if (!(await this.store.folderExists(folder))) return this.vanished(ref, folder);
    return this.store.withLock(folder, async () => {
      const read = await this.readValid(ref, folder);
      const setStatus = async (status: CaseStatus) => {
        if (status !== read.record.status) await this.writeChange(folder, read.record, { ...read.record, status });
      };
      return work({ record: read.record, path: this.store.pathOf(folder), setStatus });
    });
  }

  /** One read-modify-write under the case lock: a file that does not validate is never overwritten. */
  private async change(ref: string, edit: (record: CaseRecord) => CaseRecord): Promise<CaseDetail> {
    const folder = this.folderOf(ref);
    if (!(await this.store.folderExists(folder))) return this.vanished(ref, folder);
    return this.store.withLock(folder, async () => {
      const read = await this.readValid(ref, folder);
      return this.writeChange(folder, read.record, edit(read.record));
    });
  }

  /** Writes a changed record with its audit line and index row; the caller holds the case lock. */
  private async writeChange(folder: string, before: CaseRecord, edited: CaseRecord): Promise<CaseDetail> {
    const record: CaseRecord = { ...edited, schemaVersion: CASE_FILE_VERSION, updatedAt: nowChinaIso() };
    const stamp = await this.store.write(folder, record);
    await appendAudit(this.store.pathOf(folder), { action: 'case.update', target: record.id, detail: { ...caseChanges(before, record) } });
    this.index.record({ ok: true, folder, record, fromVersion: CASE_FILE_VERSION, stamp });
    // The demand's working days set a deadline too.
    await this.timelineChanged(record, this.store.pathOf(folder));
    return this.detail(folder, record);
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
    if (stale) this.index.record(read);
    const indexed = this.index.resolve(folder);
    if (indexed?.kind === 'damaged') throw new ApiFailure('damaged', indexed.reason);
    if (!read.ok) throw new ApiFailure('damaged', read.reason);
    // Changed behind our back (another process): its deadlines may have changed too.
    if (stale) await this.timelineChanged(read.record, this.store.pathOf(folder));
    return read;
  }

  private vanished(ref: string, folder: string): never {
    this.index.forget(folder);
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
