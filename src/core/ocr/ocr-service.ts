import type { EvidenceListing } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import type { CaseDetail } from '../../shared/domain/case';
import type { EvidenceItem, EvidenceView } from '../../shared/domain/evidence';
import type { EvidenceOcrView, OcrDetail, OcrStatus } from '../../shared/domain/ocr';
import { isOcrReadable } from '../../shared/evidence/ocr-readable';
import { ocrMessages as m } from '../../shared/messages/ocr';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import type { FileStamp } from '../fs/file-stamp';
import type { EvidenceLocker } from '../evidence/evidence-locker';
import { findMismatches, proposeLabels } from './checks';
import { classifyScreenshot } from './classify';
import { EXTRACTOR_VERSION, extractFacts, maskCardKeys } from './extract-facts';
import type { EngineOptions, OcrReader } from './ocr-engine';
import { OCR_FILE_VERSION, ocrText, type OcrFile } from './ocr-file';
import { readAllOcrFiles, readOcrFile, writeOcrFile } from './ocr-store';
import { proposeCaseFields, proposeTimeline } from './proposals';


/** The engine holds a worker and ~150 MB; it is stopped when nothing was read for this long. */
const IDLE_STOP_MS = 60_000;

/** What the OCR service needs of the rest of the workspace. */
export interface OcrWorkspace {
  /** The case (by id or folder), read from its folder. */
  getCase(ref: string): Promise<CaseDetail>;
  /** Runs work on a case's evidence locker, then lets the index mirror the evidence. */
  withLocker<T>(ref: string, work: (locker: EvidenceLocker) => Promise<T>): Promise<T>;
  /** The readings of a case changed: the index keeps their text for search. */
  ocrChanged(caseId: string, texts: { itemId: string; text: string }[], stamp: FileStamp | undefined): void;
}

export interface OcrProgress {
  caseId: string;
  itemId: string;
  status: OcrStatus;
  error?: string;
}

export interface OcrServiceOptions extends EngineOptions {
  /** Starts the engine; by default tesseract.js, loaded on first use. */
  start?: () => Promise<OcrReader>;
}

interface Job {
  caseId: string;
  itemId: string;
}

const keyOf = (job: Job) => `${job.caseId}/${job.itemId}`;

/**
 * Reads the text of image evidence in the background: one queue, one engine (a worker thread, so
 * neither the UI's host nor the CLI waits on it), loaded on first use only. Each reading is written
 * to `evidence/ocr/<item id>.json` and audited; what it proposes is applied to the labels the person
 * has not set. States of queued and running items are kept here for the evidence list's progress.
 */
export class OcrService {
  private readonly queue: Job[] = [];
  private readonly states = new Map<string, { status: OcrStatus; error?: string }>();
  private readonly listeners = new Set<(progress: OcrProgress) => void>();
  private engine: Promise<OcrReader> | undefined;
  private running: Promise<void> | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly workspace: OcrWorkspace,
    private readonly engineOptions: OcrServiceOptions = {},
  ) {}

  /** Queues items of a case for reading (again); items already waiting are not queued twice. */
  enqueue(caseId: string, itemIds: readonly string[]): void {
    if (this.closed) return;
    for (const itemId of itemIds) {
      const job = { caseId, itemId };
      if (this.states.get(keyOf(job))?.status === 'queued') continue;
      this.queue.push(job);
      this.setState(job, { status: 'queued' });
    }
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when every queued reading has finished. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  onProgress(listener: (progress: OcrProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** States of the items of a case that are waiting, being read, or failed in this session. */
  statesOf(caseId: string): Map<string, { status: OcrStatus; error?: string }> {
    const prefix = `${caseId}/`;
    return new Map([...this.states].filter(([key]) => key.startsWith(prefix)).map(([key, state]) => [key.slice(prefix.length), state]));
  }

  /** The evidence list with each image's reading (facts, proposed classification, contradictions with the case). */
  async decorate(caseRef: string, listing: EvidenceListing): Promise<EvidenceListing> {
    const { record, path } = await this.workspace.getCase(caseRef);
    const { files } = await readAllOcrFiles(path);
    const states = this.statesOf(record.id);
    const items = listing.items.map((item): EvidenceView => {
      if (!isOcrReadable(item)) return item;
      const ocr = this.viewOf(item, files.get(item.id), states.get(item.id), (file) => findMismatches(file.facts, record));
      return ocr ? { ...item, ocr } : item;
    });
    return { ...listing, items };
  }

  private viewOf(
    item: EvidenceItem,
    file: OcrFile | undefined,
    state: { status: OcrStatus; error?: string } | undefined,
    mismatches: (file: OcrFile) => EvidenceOcrView['mismatches'],
  ): EvidenceOcrView | undefined {
    const current = file && file.sha256 === item.sha256 ? file : undefined;
    const read = current ? { readAt: current.readAt, facts: current.facts, mismatches: mismatches(current), ...(current.classification ? { classification: current.classification } : {}) } : {};
    if (state) return { status: state.status, ...(state.error ? { error: state.error } : {}), ...read };
    return current ? { status: 'done', ...read } : undefined;
  }

  /** Everything read from one item, with what it proposes for the item, the timeline and the case. */
  async detail(caseRef: string, itemId: string): Promise<OcrDetail> {
    const { record, path } = await this.workspace.getCase(caseRef);
    const item = await this.workspace.withLocker(record.id, (locker) => locker.item(itemId));
    const read = await readOcrFile(path, itemId);
    if (read && !read.ok) throw new ApiFailure('damaged', read.reason);
    const file = read?.file.sha256 === item.sha256 ? read.file : undefined;
    const state = this.statesOf(record.id).get(itemId);
    if (!file && !state) throw new ApiFailure('not-found', m.notRead(item.title));
    const status: OcrStatus = state?.status ?? 'done';
    if (!file) {
      return { itemId, status, ...(state?.error ? { error: state.error } : {}), lines: [], facts: [], mismatches: [], labels: {}, timeline: [], caseFields: [] };
    }
    const communication = (file.classification?.category ?? item.category) === 'communication';
    return {
      itemId,
      status,
      ...(state?.error ? { error: state.error } : {}),
      readAt: file.readAt,
      // Card keys are never shown whole; the file keeps what was read.
      lines: file.lines.map((line) => ({ ...line, text: maskCardKeys(line.text) })),
      image: file.image,
      facts: file.facts,
      ...(file.classification ? { classification: file.classification } : {}),
      mismatches: findMismatches(file.facts, record),
      labels: proposeLabels(file.facts, file.classification, ocrText(file)),
      timeline: communication ? proposeTimeline(file.lines, file.facts, file.image.width, file.image.height, record) : [],
      caseFields: proposeCaseFields(file.facts, record),
    };
  }

  /** Stops the engine and forgets the queue (the workspace is closing or switching). */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    clearTimeout(this.idleTimer);
    const engine = this.engine;
    this.engine = undefined;
    if (engine) await (await engine.catch(() => undefined))?.stop();
  }

  private setState(job: Job, state: { status: OcrStatus; error?: string } | undefined): void {
    if (state) this.states.set(keyOf(job), state);
    else this.states.delete(keyOf(job));
    const progress: OcrProgress = { ...job, status: state?.status ?? 'done', ...(state?.error ? { error: state.error } : {}) };
    for (const listener of this.listeners) listener(progress);
  }

  private async drain(): Promise<void> {
    clearTimeout(this.idleTimer);
    for (let job = this.queue.shift(); job && !this.closed; job = this.queue.shift()) {
      this.setState(job, { status: 'running' });
      try {
        await this.read(job);
        this.setState(job, undefined);
      } catch (error) {
        const reason = error instanceof ApiFailure ? error.message : error instanceof Error ? error.message : String(error);
        this.setState(job, { status: 'failed', error: reason });
      }
    }
    if (!this.closed) {
      this.idleTimer = setTimeout(() => void this.stopEngine(), IDLE_STOP_MS);
      this.idleTimer.unref();
    }
  }

  private async stopEngine(): Promise<void> {
    if (this.running) return;
    const engine = this.engine;
    this.engine = undefined;
    if (engine) await (await engine.catch(() => undefined))?.stop();
  }

  private startEngine(): Promise<OcrReader> {
    // The OCR stack (tesseract.js, its WebAssembly core, sharp) loads here, on the first reading only.
    this.engine ??= this.engineOptions.start?.() ?? import('./ocr-engine').then(({ OcrEngine }) => OcrEngine.start(this.engineOptions));
    this.engine.catch(() => {
      this.engine = undefined;
    });
    return this.engine;
  }

  private async read({ caseId, itemId }: Job): Promise<void> {
    await this.workspace.withLocker(caseId, async (locker) => {
      const item = await locker.item(itemId);
      const path = locker.storedPath(item);
      if (!isOcrReadable(item)) throw new ApiFailure('invalid', m.notAnImage(item.title));
      const engine = await this.startEngine();
      let reading;
      try {
        reading = await engine.read(path);
      } catch (error) {
        if (this.closed) throw error;
        await locker.withLock(() => appendAudit(locker.caseDir, { action: 'ocr.failed', target: itemId, sha256: item.sha256 }));
        throw new ApiFailure('internal', m.readFailed(item.originalName, error instanceof Error ? error.message : String(error)));
      }
      // A blank image has no text to keep: no reading is recorded, and its labels stay as they are.
      if (reading.blank) return;
      const facts = extractFacts(reading.lines, reading.height);
      const classification = classifyScreenshot(reading.lines, facts, reading.width);
      const file: OcrFile = {
        schemaVersion: OCR_FILE_VERSION,
        itemId,
        sha256: item.sha256,
        readAt: nowChinaIso(),
        engine: engine.identity,
        extractorVersion: EXTRACTOR_VERSION,
        durationMs: reading.durationMs,
        image: { width: reading.width, height: reading.height },
        lines: reading.lines,
        facts,
        ...(classification ? { classification } : {}),
      };
      await locker.withLock(async () => {
        // The item may have been read by another process meanwhile; its identity cannot have changed.
        const now = await locker.item(itemId);
        if (now.sha256 !== item.sha256) return;
        const sha256 = await writeOcrFile(locker.caseDir, file);
        await appendAudit(locker.caseDir, {
          action: 'ocr.read',
          target: itemId,
          sha256,
          detail: { original: item.sha256, lines: file.lines.length, facts: file.facts.length, engine: `${file.engine.name} ${file.engine.version}` },
        });
        await locker.applyProposedLabelsLocked(itemId, proposeLabels(facts, classification, ocrText(file)));
      });
      const { files, stamp } = await readAllOcrFiles(locker.caseDir);
      this.workspace.ocrChanged(caseId, [...files.values()].map((f) => ({ itemId: f.itemId, text: ocrText(f) })), stamp);
    });
  }
}
