import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/contract';
import { CaseService } from '../cases/case-service';
import { CaseStore } from '../cases/case-store';
import { EvidenceService } from '../evidence/evidence-service';
import { loadCalendar } from '../calendar/load-calendar';
import type { WorkingDayCalendar } from '../calendar/working-days';
import { TimelineService } from '../timeline/timeline-service';
import { recoverInterruptedImports, type WorkspaceRecovery } from '../evidence/recover-workspace';
import { toIoFailure } from '../fs/io-failure';
import { CaseIndex } from '../index/case-index';
import { openIndexDb, type IndexDb } from '../index/index-db';
import { syncIndex, type SyncReport } from '../index/reindex';
import { updateUserSettings, type Environment } from './user-settings';

/** Everything that belongs to one open workspace folder. */
interface OpenWorkspace {
  root: string;
  indexPath: string;
  db: IndexDb;
  store: CaseStore;
  index: CaseIndex;
  cases: CaseService;
  evidence: EvidenceService;
  calendar: WorkingDayCalendar;
  timeline: TimelineService;
  recovery: WorkspaceRecovery;
}

/**
 * Opens a workspace (failing with an `ApiFailure('io')` naming the place when the disk refuses): creates
 * `cases/` and `.casebook/` if missing, removes temp files left by a crash, finishes or discards
 * imports a crash interrupted, opens the index and brings it in line with the folders (an incremental
 * sync; a missing or unusable index file is recreated empty, so the sync amounts to a full rebuild).
 */
async function openWorkspace(dir: string, environment?: Environment): Promise<OpenWorkspace> {
  const root = resolve(dir);
  const casesDir = join(root, 'cases');
  const indexDir = join(root, '.casebook');
  const indexPath = join(indexDir, 'index.sqlite');
  try {
    await mkdir(casesDir, { recursive: true });
    await mkdir(indexDir, { recursive: true });
    const store = new CaseStore(casesDir);
    await store.sweepTempFiles();
    const recovery = await recoverInterruptedImports(store);
    const db = openIndexDb(indexPath);
    try {
      const index = new CaseIndex(db);
      await syncIndex(store, index);
      const cases = new CaseService(store, index);
      const evidence = new EvidenceService(cases, join(indexDir, 'thumbnails'));
      const calendar = await loadCalendar(environment);
      const timeline = new TimelineService(cases, calendar, (caseId, view) => index.recordDue(caseId, view.nextDue));
      return { root, indexPath, db, store, index, cases, evidence, calendar, timeline, recovery };
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
    private readonly environment?: Environment,
  ) {}

  /** `environment` locates the user settings `switchTo` writes (tests point it at a temp folder). */
  static async open(dir: string, environment?: Environment): Promise<WorkspaceSession> {
    return new WorkspaceSession(await openWorkspace(dir, environment), environment);
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

  get calendar(): WorkingDayCalendar {
    return this.current.calendar;
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
    return syncIndex(this.current.store, this.current.index, { full: true });
  }

  /**
   * Opens another workspace and makes it the current one, remembering the choice in the user settings.
   * The new folder is opened before the old one is closed, so a failure leaves the session as it was.
   */
  async switchTo(dir: string): Promise<WorkspaceInfo> {
    const next = await openWorkspace(dir, this.environment);
    const previous = this.current;
    this.current = next;
    previous.db.close();
    await updateUserSettings({ workspaceDir: next.root }, this.environment);
    return this.info();
  }

  close(): void {
    this.current.db.close();
  }
}
