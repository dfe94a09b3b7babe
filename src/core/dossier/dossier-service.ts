import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { ApiFailure } from '../../shared/api/dispatch';
import type { DossierExport, DossierJob, DossierProgress } from '../../shared/domain/dossier';
import { dossierMessages as m } from '../../shared/messages/dossier';
import { integrityMessages } from '../../shared/messages/integrity';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import type { CaseService } from '../cases/case-service';
import { fsyncDirectory, writeFileAtomic } from '../fs/atomic-write';
import { crashPoint } from '../fs/crash-point';
import { processTag } from '../fs/process-identity';
import type { LetterService } from '../letters/letter-service';
import { writeFailureReason } from '../workspace/notices';
import type { TimestampService } from '../timestamps/timestamp-service';
import type { DossierOptions, DossierOutcome } from './make-dossier';

/** The case subfolder the app's exports go to, one folder per export. */
export const EXPORTS_DIR = 'exports';
/** What an export folder records about itself, beside its two files. */
const EXPORT_RECORD = 'export.json';
/** Finished jobs are kept a while for the page that polls them, then forgotten. */
const KEPT_JOBS = 20;

const EXPORT_ID = /^\d{8}-\d{6}(-\d+)?$/;
/** Where an export is assembled before it is published under its id: hidden, named after its process (see `CaseStore.sweepLeftovers`). */
const stagedExportName = (id: string) => `.${id}.${processTag()}`;

/** `20240612-153000` from an ISO China time. */
const stampOf = (iso: string) => iso.slice(0, 19).replaceAll('-', '').replace('T', '-').replaceAll(':', '');

interface Job {
  state: DossierJob;
  controller: AbortController;
}

/**
 * Court-ready dossiers of a case: made into any folder (the CLI), or into the case's `exports/`
 * folder as a background job the app follows and can cancel. The dossier stack (PDF, pictures, zip)
 * is loaded only when a dossier is made.
 */
export class DossierService {
  private readonly jobs = new Map<string, Job>();
  private readonly newId = monotonicFactory();

  constructor(
    private readonly cases: CaseService,
    private readonly letters: LetterService,
    private readonly timestamps: Pick<TimestampService, 'overview'>,
  ) {}

  /** Makes the dossier of a case in `outDir` and records it in the case's audit log. */
  async make(ref: string, outDir: string, options: DossierOptions = {}): Promise<DossierOutcome> {
    const { caseId, outcome } = await this.produce(ref, outDir, options);
    return this.record(ref, caseId, outcome);
  }

  /**
   * Makes the dossier into a new folder of the case's `exports/`, where the 导出 tab lists it. The
   * folder is assembled out of sight (`.<id>.<process>`) and published by one rename once its record
   * and its audit line are written, so a crash or a cancel never leaves a half export, or one the log
   * does not know, under a listed name; what a process that died left is removed at the next open
   * (`CaseStore.sweepLeftovers`).
   */
  async export(ref: string, options: DossierOptions = {}): Promise<DossierExport> {
    const { path } = await this.cases.locate(ref);
    const exportsDir = join(path, EXPORTS_DIR);
    await mkdir(exportsDir, { recursive: true });
    const taken = new Set(await readdir(exportsDir));
    const base = stampOf(nowChinaIso());
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const folder = join(exportsDir, id);
    const staging = join(exportsDir, stagedExportName(id));
    await mkdir(staging);
    try {
      const made = await this.produce(ref, staging, options);
      const { outcome } = made;
      const record: DossierExport = {
        id,
        createdAt: outcome.createdAt,
        pages: outcome.pages,
        exhibits: outcome.exhibits,
        pdf: { name: basename(outcome.pdf), size: outcome.pdfSize, sha256: outcome.pdfSha256 },
        zip: { name: basename(outcome.zip), size: outcome.zipSize, sha256: outcome.zipSha256 },
        folder,
        warnings: outcome.warnings,
      };
      const { folder: _folder, ...stored } = record;
      await writeFileAtomic(join(staging, EXPORT_RECORD), `${JSON.stringify(stored, null, 2)}\n`);
      const recorded = await this.record(ref, made.caseId, { ...made.outcome, pdf: join(folder, record.pdf.name), zip: join(folder, record.zip.name) });
      await rename(staging, folder);
      crashPoint('renamed');
      await fsyncDirectory(exportsDir);
      return { ...record, warnings: recorded.warnings };
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      throw error;
    }
  }

  /** The dossier's two files in `outDir`, not yet recorded anywhere. */
  private async produce(ref: string, outDir: string, options: DossierOptions): Promise<{ caseId: string; outcome: DossierOutcome }> {
    const [{ readDossierSources }, { makeDossier }, { ChangedFileError }] = await Promise.all([
      import('./dossier-sources'),
      import('./make-dossier'),
      import('./archive/write-zip'),
    ]);
    const sources = await readDossierSources(this.cases, this.letters, this.timestamps, ref);
    try {
      return { caseId: sources.caseId, outcome: await makeDossier(sources, outDir, options) };
    } catch (error) {
      if (!(error instanceof ChangedFileError)) throw error;
      const item = sources.context.evidence.find((candidate) => sources.context.evidencePath(candidate.id) === error.file);
      throw new ApiFailure('damaged', item ? m.changedOriginal(item.exhibitNumber!, item.title) : m.changedFile(error.entry));
    }
  }

  /** Records a made dossier in the case's audit log; when that cannot be written, the dossier stands and a warning says so. */
  private async record(ref: string, caseId: string, outcome: DossierOutcome): Promise<DossierOutcome> {
    try {
      await this.cases.withCase(ref, ({ path }) =>
        appendAudit(path, {
          action: 'export',
          target: caseId,
          sha256: outcome.zipSha256,
          detail: { kind: 'dossier', pdfSha256: outcome.pdfSha256, pages: outcome.pages, exhibits: outcome.exhibits },
        }),
      );
      return outcome;
    } catch (error) {
      // The dossier is made (into another folder, say, while the workspace is read-only or full); only
      // its record in the case's history is not: say that, rather than calling the dossier a failure.
      if (!(error instanceof ApiFailure) && typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      return { ...outcome, warnings: [...outcome.warnings, integrityMessages.exportNotAudited(error instanceof ApiFailure ? error.message : writeFailureReason(error))] };
    }
  }

  /** The case's earlier exports, newest first; folders without a complete record (a crash mid-export) are left out. */
  async exports(ref: string): Promise<DossierExport[]> {
    const { path } = await this.cases.locate(ref);
    const exportsDir = join(path, EXPORTS_DIR);
    let names: string[];
    try {
      names = await readdir(exportsDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const found: DossierExport[] = [];
    for (const id of names.filter((name) => EXPORT_ID.test(name))) {
      const folder = join(exportsDir, id);
      try {
        const stored = JSON.parse(await readFile(join(folder, EXPORT_RECORD), 'utf8')) as Omit<DossierExport, 'folder'>;
        if (stored.id === id) found.push({ ...stored, folder });
      } catch {
        // No record: the export never finished. Its folder holds no file under a final name.
      }
    }
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  /** One export of the case, with where its files are. */
  async exportOf(ref: string, id: string): Promise<DossierExport> {
    const found = (await this.exports(ref)).find((entry) => entry.id === id);
    if (!found) throw new ApiFailure('not-found', m.exportNotFound(id));
    return found;
  }

  /** Starts exporting in the background (or returns the export already running for this case). */
  start(ref: string): DossierJob {
    const running = [...this.jobs.values()].find((job) => job.state.state === 'running' && job.state.caseId === ref);
    if (running) return running.state;
    const jobId = this.newId();
    const job: Job = { state: { jobId, caseId: ref, state: 'running' }, controller: new AbortController() };
    this.jobs.set(jobId, job);
    const onProgress = (progress: DossierProgress) => {
      if (job.state.state === 'running') job.state = { jobId, caseId: ref, state: 'running', progress };
    };
    this.export(ref, { signal: job.controller.signal, onProgress })
      .then((result) => (job.state = { jobId, caseId: ref, state: 'done', result }))
      .catch((error: unknown) => {
        if (job.controller.signal.aborted) job.state = { jobId, caseId: ref, state: 'cancelled' };
        else {
          if (!(error instanceof ApiFailure)) console.error('dossier export failed', error);
          job.state = { jobId, caseId: ref, state: 'failed', message: error instanceof ApiFailure ? error.message : m.failed };
        }
      })
      .finally(() => this.forgetOldJobs());
    return job.state;
  }

  job(jobId: string): DossierJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiFailure('not-found', m.jobNotFound);
    return job.state;
  }

  cancel(jobId: string): { cancelled: boolean } {
    const job = this.jobs.get(jobId);
    if (!job || job.state.state !== 'running') return { cancelled: false };
    job.controller.abort();
    return { cancelled: true };
  }

  /** Cancels whatever is running (the workspace is being closed or switched). */
  cancelAll(): void {
    for (const job of this.jobs.values()) job.controller.abort();
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.state.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) this.jobs.delete(id);
  }
}
