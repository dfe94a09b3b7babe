import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/contract';
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
import { recoverInterruptedImports, type WorkspaceRecovery } from '../evidence/recover-workspace';
import { sweepTempFiles } from '../fs/atomic-write';
import { toIoFailure } from '../fs/io-failure';
import { CaseIndex } from '../index/case-index';
import { openIndexDb, type IndexDb } from '../index/index-db';
import { syncIndex, type SyncReport } from '../index/reindex';
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
  timestamps: TimestampService;
  ocr: OcrService;
  dossier: DossierService;
  transfer: TransferService;
  backup: BackupService;
  recovery: WorkspaceRecovery;
}

interface SessionOptions {
  /** Where the user settings and the calendar override file are (tests point it at a temp folder). */
  environment?: Environment | undefined;
  /** Today in China time (YYYY-MM-DD), what deadlines are counted to; tests pin it. */
  today: () => string;
  /** Where the OCR engine keeps its traineddata copy (tests use their temp folder). */
  ocr?: OcrServiceOptions | undefined;
}

/**
 * Opens a workspace (failing with an `ApiFailure('io')` naming the place when the disk refuses): creates
 * `cases/` and `.casebook/` if missing, removes temp files left by a crash, finishes or discards
 * imports a crash interrupted, opens the index and brings it in line with the folders (an incremental
 * sync; a missing or unusable index file is recreated empty, so the sync amounts to a full rebuild).
 */
async function openWorkspace(dir: string, { environment, today, ocr: engineOptions }: SessionOptions): Promise<OpenWorkspace> {
  const root = resolve(dir);
  const casesDir = join(root, 'cases');
  const indexDir = join(root, '.casebook');
  const indexPath = join(indexDir, 'index.sqlite');
  try {
    await mkdir(casesDir, { recursive: true });
    await mkdir(indexDir, { recursive: true });
    const store = new CaseStore(casesDir);
    await store.sweepTempFiles();
    await sweepTempFiles(join(indexDir, 'thumbnails'));
    await sweepStaging(root);
    const recovery = await recoverInterruptedImports(store);
    // Before the sync: the index keeps each case's next due date, counted in working days.
    const clock: DueClock = { calendar: await loadCalendar(environment), today };
    const db = openIndexDb(indexPath);
    try {
      const index = new CaseIndex(db);
      await syncIndex(store, index, clock);
      const cases = new CaseService(store, index, clock);
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
      const dossier = new DossierService(cases, letters);
      const timestamps = new TimestampService(cases, evidence, environment);
      const transfer = new TransferService(root, store, cases, index, () => syncIndex(store, index, clock));
      const backup = new BackupService(root, store, db, index);
      return { root, indexPath, db, store, index, cases, evidence, clock, timeline, letters, timestamps, ocr, dossier, transfer, backup, recovery };
    } catch (error) {
      db.close();
      throw error;
    }
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
    return new WorkspaceSession(await openWorkspace(dir, options), options);
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
    return { path: this.root, ...this.current.index.counts() };
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
    const next = await openWorkspace(dir, this.options);
    const previous = this.current;
    this.current = next;
    void previous.ocr.close();
    previous.dossier.cancelAll();
    previous.db.close();
    await updateUserSettings({ workspaceDir: next.root }, this.options.environment);
    return this.info();
  }

  /** Closes the index and stops the OCR engine (a reading still running is dropped, never half-written). */
  close(): void {
    void this.current.ocr.close();
    this.current.dossier.cancelAll();
    this.current.db.close();
  }
}
