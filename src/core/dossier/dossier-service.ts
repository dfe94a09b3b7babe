import { mkdir, readdir, readFile, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { ApiFailure } from '../../shared/api/dispatch';
import type { DossierExport, DossierJob, DossierProgress } from '../../shared/domain/dossier';
import { dossierMessages as m } from '../../shared/messages/dossier';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import type { CaseService } from '../cases/case-service';
import { writeFileAtomic } from '../fs/atomic-write';
import type { LetterService } from '../letters/letter-service';
import type { DossierOptions, DossierOutcome } from './make-dossier';

/** The case subfolder the app's exports go to, one folder per export. */
export const EXPORTS_DIR = 'exports';
/** What an export folder records about itself, beside its two files. */
const EXPORT_RECORD = 'export.json';
/** Finished jobs are kept a while for the page that polls them, then forgotten. */
const KEPT_JOBS = 20;

const EXPORT_ID = /^\d{8}-\d{6}(-\d+)?$/;

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
  ) {}

  /** Makes the dossier of a case in `outDir` and records it in the case's audit log. */
  async make(ref: string, outDir: string, options: DossierOptions = {}): Promise<DossierOutcome> {
    const [{ readDossierSources }, { makeDossier }, { ChangedFileError }] = await Promise.all([
      import('./dossier-sources'),
      import('./make-dossier'),
      import('./archive/write-zip'),
    ]);
    const sources = await readDossierSources(this.cases, this.letters, ref);
    let outcome: DossierOutcome;
    try {
      outcome = await makeDossier(sources, outDir, options);
    } catch (error) {
      if (!(error instanceof ChangedFileError)) throw error;
      const item = sources.context.evidence.find((candidate) => sources.context.evidencePath(candidate.id) === error.file);
      throw new ApiFailure('damaged', item ? m.changedOriginal(item.exhibitNumber!, item.title) : m.changedFile(error.entry));
    }
    await this.cases.withCase(ref, ({ path }) =>
      appendAudit(path, {
        action: 'export',
        target: sources.caseId,
        sha256: outcome.zipSha256,
        detail: { kind: 'dossier', pdfSha256: outcome.pdfSha256, pages: outcome.pages, exhibits: outcome.exhibits },
      }),
    );
    return outcome;
  }

  /** Makes the dossier into a new folder of the case's `exports/`, where the 导出 tab lists it. */
  async export(ref: string, options: DossierOptions = {}): Promise<DossierExport> {
    const { path } = await this.cases.locate(ref);
    const exportsDir = join(path, EXPORTS_DIR);
    await mkdir(exportsDir, { recursive: true });
    const taken = new Set(await readdir(exportsDir));
    const base = stampOf(nowChinaIso());
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const folder = join(exportsDir, id);
    let outcome: DossierOutcome;
    try {
      outcome = await this.make(ref, folder, options);
    } catch (error) {
      // A cancelled or failed export leaves nothing behind; rmdir only removes the folder if it is empty.
      await rmdir(folder).catch(() => {});
      throw error;
    }
    const record: DossierExport = {
      id,
      createdAt: outcome.createdAt,
      pages: outcome.pages,
      exhibits: outcome.exhibits,
      pdf: { name: outcome.pdf.slice(folder.length + 1), size: outcome.pdfSize, sha256: outcome.pdfSha256 },
      zip: { name: outcome.zip.slice(folder.length + 1), size: outcome.zipSize, sha256: outcome.zipSha256 },
      folder,
      warnings: outcome.warnings,
    };
    const { folder: _folder, ...stored } = record;
    await writeFileAtomic(join(folder, EXPORT_RECORD), `${JSON.stringify(stored, null, 2)}\n`);
    return record;
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
