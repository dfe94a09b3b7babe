import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/contract';
import type { AuditRepairPlan, VerifyReport } from '../../shared/domain/integrity';
import { integrityMessages as m } from '../../shared/messages/integrity';
import { applyRepair, planRepair } from '../audit/audit-repair';
import { recoverWorkspace, type WorkspaceRecovery } from '../audit/recover-workspace';
import { verifyCase } from '../audit/verify-case';
import type { Preferences } from '../../shared/domain/preferences';
import { CasePurge } from '../cases/case-purge';
import { CaseService } from '../cases/case-service';
import { CaseStore } from '../cases/case-store';
import { EvidenceService } from '../evidence/evidence-service';
import { loadCalendar } from '../calendar/load-calendar';
import type { WorkingDayCalendar } from '../calendar/working-days';
import { chinaToday, type DueClock } from '../timeline/due-clock';
import type { OverdueCase } from '../timeline/overdue-cases';
import { TimelineService } from '../timeline/timeline-service';
import { isOcrReadable } from '../../shared/evidence/ocr-readable';
import { OcrService, type OcrServiceOptions } from '../ocr/ocr-service';
import { LetterService } from '../letters/letter-service';
import { TimestampService } from '../timestamps/timestamp-service';
import { DossierService } from '../dossier/dossier-service';
import { TransferService } from '../transfer/transfer-service';
import { BackupService } from '../backup/backup-service';
import { sweepStaging } from '../transfer/staging';
import { sweepTempFiles } from '../fs/atomic-write';
import { toIoFailure } from '../fs/io-failure';
import { CaseIndex } from '../index/case-index';
import { isUnwritableIndex, openIndexDb, openIndexInMemory, type IndexDb, type IndexMode } from '../index/index-db';
import { syncIndex, type SyncReport } from '../index/reindex';
import { Notices, writeFailureReason } from './notices';
import type { Environment } from './user-config-dir';
import { readUserSettings, updateUserSettings } from './user-settings';

/** Everything that belongs to one open workspace folder. */
interface OpenWorkspace {
  root: string;
  indexPath: string;
  db: IndexDb;
  store: CaseStore;
  index: CaseIndex;
  cases: CaseService;
  evidence: EvidenceService;
  clock: DueClock;
  timeline: TimelineService;
  letters: LetterService;
  purge: CasePurge;
  timestamps: TimestampService;
  ocr: OcrService;
  dossier: DossierService;
  transfer: TransferService;
  backup: BackupService;
  recovery: WorkspaceRecovery;
  readOnly: boolean;
  indexMode: IndexMode;
}

interface SessionOptions {
  /** Where the user settings and the calendar override file are (tests point it at a temp folder). */
  environment?: Environment | undefined;
  /** Today in China time (YYYY-MM-DD), what deadlines are counted to; tests pin it. */
  today: () => string;
  /** Where the OCR engine keeps its traineddata copy (tests use their temp folder). */
  ocr?: OcrServiceOptions | undefined;
}

/** Whether the workspace folder can be written (creating it if it is not there yet), and if not, why. */
async function writability(root: string): Promise<'writable' | 'read-only' | 'no-permission'> {
  try {
    await mkdir(root, { recursive: true });
    await access(root, constants.W_OK);
    return 'writable';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS') return 'read-only';
    if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
    // A file where the folder should be.
    if (code === 'EEXIST') throw Object.assign(new Error(`${root} is not a folder`), { code: 'ENOTDIR', path: root });
    throw error;
  }
}

/**
 * The index for this session: the file, or — when it cannot be written (read-only workspace, full
 * disk, no permission) — a copy in memory, brought in line with the folders either way. Reading,
 * listing and verifying then work as usual; changes to cases are still attempted on the folders.
 */
async function openIndex(indexPath: string, writable: boolean, sync: (index: CaseIndex) => Promise<unknown>, notices: Notices) {
  const inMemory = async (error?: unknown) => {
    if (error !== undefined) notices.add(m.indexInMemory(writeFailureReason(error)));
    const db = openIndexInMemory(indexPath);
    const index = new CaseIndex(db);
    try {
      await sync(index);
    } catch (failure) {
      db.close();
      throw failure;
    }
    return { db, index, mode: 'memory' as const };
  };
  if (!writable) return inMemory();
  let db: IndexDb;
  try {
    db = openIndexDb(indexPath);
  } catch (error) {
    if (!isUnwritableIndex(error)) throw error;
    return inMemory(error);
  }
  const index = new CaseIndex(db);
  try {
    await sync(index);
    return { db, index, mode: 'file' as const };
  } catch (error) {
    db.close();
    if (!isUnwritableIndex(error)) throw error;
    return inMemory(error);
  }
}

/**
 * Opens a workspace (failing with an `ApiFailure('io')` naming the place when the disk refuses): creates
 * `cases/` and `.casebook/` if missing, recovers what crashes left (locks of processes that died,
 * their unfinished changes, temp files and staged copies), opens the index and brings it in line with
 * the folders (an incremental sync; a missing or unusable index file is recreated empty, so the sync
 * amounts to a full rebuild), and finishes permanent deletes a crash interrupted. A workspace that
 * cannot be written is opened for reading: nothing is recovered or swept, and the index is held in memory.
 */
async function openWorkspace(dir: string, { environment, today, ocr: engineOptions }: SessionOptions, notices: Notices): Promise<OpenWorkspace> {
  const root = resolve(dir);
  const casesDir = join(root, 'cases');
  const indexDir = join(root, '.casebook');
  const indexPath = join(indexDir, 'index.sqlite');
  try {
    const reach = await writability(root);
    const writable = reach === 'writable';
    if (writable) {
      await mkdir(casesDir, { recursive: true });
      await mkdir(indexDir, { recursive: true });
    } else {
      notices.add(reach === 'read-only' ? m.workspaceReadOnly(root) : m.workspaceNoPermission(root));
    }
    const store = new CaseStore(casesDir);
    const recovery: WorkspaceRecovery = writable ? await recoverWorkspace(store) : { recovered: [], skipped: [] };
    if (writable) {
      await store.sweepLeftovers();
      await sweepTempFiles(join(indexDir, 'thumbnails'));
      await sweepStaging(root);
    }
    // Before the sync: the index keeps each case's next due date, counted in working days.
    const clock: DueClock = { calendar: await loadCalendar(environment), today };
    const { db, index, mode } = await openIndex(indexPath, writable, (target) => syncIndex(store, target, clock), notices);
    const cases = new CaseService(store, index, clock, notices);
    const evidence = new EvidenceService(cases, join(indexDir, 'thumbnails'));
    const timeline = new TimelineService(cases, clock);
    const letters = new LetterService(cases, evidence, timeline, clock);
    const ocr = new OcrService(
      { getCase: (ref) => cases.get(ref), withLocker: (ref, work) => evidence.withLocker(ref, work), ocrChanged: (id, texts, stamp) => cases.ocrChanged(id, texts, stamp) },
      engineOptions,
    );
    evidence.onImported((caseId, items, wanted) => {
      if (!(wanted ?? readUserSettings(environment).ocrEnabled ?? true)) return;
      ocr.enqueue(caseId, items.filter(isOcrReadable).map((item) => item.id));
    });
    const timestamps = new TimestampService(cases, evidence, environment);
    const dossier = new DossierService(cases, letters, timestamps);
    const purge = new CasePurge(cases, index, indexDir, join(indexDir, 'thumbnails'));
    // A purge a crash interrupted left its folder out of cases/ (so the sync has dropped it): finish it.
    if (writable) await purge.recover();
    const transfer = new TransferService(root, store, cases, index, () => syncIndex(store, index, clock));
    const backup = new BackupService(root, store, db, index);
    return { root, indexPath, db, store, index, cases, evidence, clock, timeline, letters, timestamps, ocr, dossier, purge, transfer, backup, recovery, readOnly: !writable, indexMode: mode };
  } catch (error) {
    throw toIoFailure(error, { file: root, indexFile: indexPath });
  }
}

/**
 * The workspace a host works on. Hosts keep one session and pass it to `createHandlers`; the
 * handlers always reach the current workspace through it, also after `switchTo`.
 *
 * @example const session = await WorkspaceSession.open(resolveWorkspaceDir({ flag, env: process.env }))
 */
export class WorkspaceSession {
  private constructor(
    private current: OpenWorkspace,
    private readonly options: SessionOptions,
    private readonly notices: Notices,
  ) {}

  /**
   * `environment` locates the user settings `switchTo` writes and the calendar override (tests point
   * it at a temp folder); `today` is the clock deadlines are counted with (China date, tests pin it).
   */
  static async open(
    dir: string,
    environment?: Environment,
    { today = chinaToday, ocr }: { today?: () => string; ocr?: OcrServiceOptions } = {},
  ): Promise<WorkspaceSession> {
    const options = { environment, today, ocr };
    const notices = new Notices();
    return new WorkspaceSession(await openWorkspace(dir, options, notices), options, notices);
  }

  /** Absolute path of the workspace folder. */
  get root(): string {
    return this.current.root;
  }

  get indexPath(): string {
    return this.current.indexPath;
  }

  get cases(): CaseService {
    return this.current.cases;
  }

  get evidence(): EvidenceService {
    return this.current.evidence;
  }

  get timeline(): TimelineService {
    return this.current.timeline;
  }

  get purge(): CasePurge {
    return this.current.purge;
  }

  get letters(): LetterService {
    return this.current.letters;
  }

  get timestamps(): TimestampService {
    return this.current.timestamps;
  }

  /** Reading the text of screenshots (OCR), in the background. */
  get ocr(): OcrService {
    return this.current.ocr;
  }

  /** Whether imported screenshots are read (the person can turn it off; the CLI has --no-ocr too). */
  get ocrEnabled(): boolean {
    return readUserSettings(this.options.environment).ocrEnabled ?? true;
  }

  async setOcrEnabled(enabled: boolean): Promise<void> {
    await updateUserSettings({ ocrEnabled: enabled }, this.options.environment);
  }

  get dossier(): DossierService {
    return this.current.dossier;
  }

  get transfer(): TransferService {
    return this.current.transfer;
  }

  get backup(): BackupService {
    return this.current.backup;
  }

  get calendar(): WorkingDayCalendar {
    return this.current.clock.calendar;
  }

  /**
   * Active cases whose next deadline passed before today (China time), earliest first, from the index:
   * cheap enough for the desktop app to poll and notify when a deadline passes.
   */
  overdueCases(): OverdueCase[] {
    return this.current.cases.overdue();
  }

  /** What the start-up recovery of interrupted imports did; hosts log the cases it had to skip. */
  get recovery(): WorkspaceRecovery {
    return this.current.recovery;
  }

  info(): WorkspaceInfo {
    return {
      path: this.root,
      ...this.current.index.counts(),
      ...(this.current.readOnly ? { readOnly: true } : {}),
      ...(this.current.indexMode === 'memory' ? { indexInMemory: true } : {}),
    };
  }

  /** What the person should hear about since the last call (hosts attach it to each answer). */
  takeNotices(): string[] {
    return this.notices.take();
  }

  /** Verifies a case folder against its audit log and the chain head the index keeps (see `verifyCase`). */
  async verify(ref: string): Promise<VerifyReport> {
    const { path, anchor } = await this.current.cases.locateFolder(ref);
    return verifyCase(path, anchor);
  }

  /** What a repair of a case's audit bookkeeping would do; nothing is changed. */
  async planRepair(ref: string): Promise<AuditRepairPlan> {
    const { path, anchor } = await this.current.cases.locateFolder(ref);
    return planRepair(path, anchor);
  }

  /**
   * Carries out the repair the person confirmed (the plan they saw, by its id) under the case lock;
   * the chain head the index keeps moves to the repaired log. Answers with a fresh verify report.
   */
  async repair(ref: string, planId: string): Promise<VerifyReport> {
    const { folder, path, anchor, id } = await this.current.cases.locateFolder(ref);
    const head = await this.current.cases.lock(folder, () => applyRepair(path, anchor, planId));
    if (id) this.current.cases.reanchor(id, head);
    return verifyCase(path, id ? head : undefined);
  }

  /** Re-reads every case folder and replaces the index. */
  rebuildIndex(): Promise<SyncReport> {
    return syncIndex(this.current.store, this.current.index, this.current.clock, { full: true });
  }

  /**
   * Opens another workspace and makes it the current one, remembering the choice in the user settings.
   * The new folder is opened before the old one is closed, so a failure leaves the session as it was.
   */
  async switchTo(dir: string): Promise<WorkspaceInfo> {
    const next = await openWorkspace(dir, this.options, this.notices);
    const previous = this.current;
    this.current = next;
    void previous.ocr.close();
    previous.dossier.cancelAll();
    previous.db.close();
    await updateUserSettings({ workspaceDir: next.root }, this.options.environment);
    return this.info();
  }

  /** The person's preferences from the user settings (defaults for what was never chosen). */
  preferences(): Preferences {
    return { colorScheme: readUserSettings(this.options.environment).colorScheme ?? 'auto' };
  }

  /** Saves changed preferences in the user settings, so the app and the browser find them after a restart. */
  async updatePreferences(patch: Partial<Preferences>): Promise<Preferences> {
    await updateUserSettings(patch, this.options.environment);
    return this.preferences();
  }

  /** Closes the index and stops the OCR engine (a reading still running is dropped, never half-written). */
  close(): void {
    void this.current.ocr.close();
    this.current.dossier.cancelAll();
    this.current.db.close();
  }
}
