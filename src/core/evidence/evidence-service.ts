import type { Readable } from 'node:stream';
import type { EvidenceListing, ImportReport } from '../../shared/api/contract';
import type { EvidenceCategory, EvidenceLabels, EvidenceView, VerifyReport } from '../../shared/domain/evidence';
import { evidenceChecklist } from '../../shared/evidence/checklist';
import { withCaseLock } from '../cases/case-lock';
import type { FileStamp } from '../fs/file-stamp';
import type { OpenedFile } from '../fs/open-regular-file';
import { EvidenceLocker, type ImportBatch } from './evidence-locker';
import { expandSources } from './expand-sources';
import { verifyEvidence } from './verify-evidence';

/** How the evidence service finds a case folder and tells the rest of the workspace that it changed. */
export interface CaseLocator {
  locate(ref: string): Promise<{ id: string; folder: string; path: string }>;
  /**
   * Called after every change to a case's evidence with the items and the stamp of the `evidence.json`
   * they were read from (the index mirrors them; the case's last activity moves).
   */
  evidenceChanged(caseId: string, items: readonly EvidenceView[], stamp: FileStamp | undefined): Promise<void> | void;
}

export interface PathImportRequest {
  caseId: string;
  paths: string[];
  category?: EvidenceCategory;
  title?: string;
  allowDuplicate?: boolean;
  recursive?: boolean;
  importId?: string;
  onProgress?: (copied: number) => void;
  /** Read the text of imported images (default: as the person's OCR setting says). */
  ocr?: boolean;
}

/** Told of every import, e.g. to read the text of new screenshots; `ocr` is what the request asked for. */
export type ImportListener = (caseId: string, items: readonly EvidenceView[], ocr: boolean | undefined) => void;

const report = (batch: ImportBatch, rejected = batch.rejected): ImportReport => ({
  imported: batch.imported.map((result) => result.item),
  warnings: batch.imported.flatMap((result) => (result.warning ? [result.warning] : [])),
  rejected,
});

/** Sorts the trash after the exhibits, keeping exhibit order among each. */
const listingOrder = (items: EvidenceView[]) => [...items.filter((i) => !i.removedAt), ...items.filter((i) => i.removedAt)];

/**
 * The evidence operations behind the API and the hosts' file routes, for every case of a workspace.
 * Imports in progress can be cancelled by the id their caller chose.
 */
export class EvidenceService {
  private readonly running = new Map<string, AbortController>();
  private importListener: ImportListener | undefined;

  constructor(
    private readonly cases: CaseLocator,
    private readonly thumbnailDir: string,
  ) {}

  /** One listener hears of every import (the workspace session queues OCR with it). */
  onImported(listener: ImportListener): void {
    this.importListener = listener;
  }

  private async lockerOf(ref: string): Promise<{ id: string; locker: EvidenceLocker }> {
    const { id, folder, path } = await this.cases.locate(ref);
    return { id, locker: new EvidenceLocker(path, (work) => withCaseLock(path, folder, work)) };
  }

  /** Runs a change and lets the workspace index mirror the result. */
  private async changing<T>(ref: string, work: (locker: EvidenceLocker, caseId: string) => Promise<T>): Promise<T> {
    const { id, locker } = await this.lockerOf(ref);
    const result = await work(locker, id);
    const { items, stamp } = await locker.snapshot();
    await this.cases.evidenceChanged(id, items, stamp);
    return result;
  }

  /** Runs `work` on a case's locker (OCR writes beside the evidence), then lets the index mirror the result. */
  withLocker<T>(ref: string, work: (locker: EvidenceLocker) => Promise<T>): Promise<T> {
    return this.changing(ref, work);
  }

  async list(ref: string): Promise<EvidenceListing> {
    const { locker } = await this.lockerOf(ref);
    const items = await locker.list();
    return { items: listingOrder(items), checklist: evidenceChecklist(items) };
  }

  async importPaths(request: PathImportRequest): Promise<ImportReport> {
    const controller = new AbortController();
    if (request.importId) this.running.set(request.importId, controller);
    try {
      return await this.changing(request.caseId, async (locker, caseId) => {
        const { files, rejected } = await expandSources(request.paths, request.recursive ?? false);
        const batch = await locker.importFiles(files, { ...request, signal: controller.signal });
        this.importListener?.(caseId, batch.imported.map((result) => result.item), request.ocr);
        return report(batch, [...rejected, ...batch.rejected]);
      });
    } finally {
      if (request.importId) this.running.delete(request.importId);
    }
  }

  /** A browser upload: the web host streams the request body straight into staging. */
  async importUpload(
    ref: string,
    body: Readable,
    meta: { name: string; size: number; lastModified: Date },
    options: { category?: EvidenceCategory; allowDuplicate?: boolean; signal?: AbortSignal; onProgress?: (copied: number) => void },
  ): Promise<ImportReport> {
    return this.changing(ref, async (locker, caseId) => {
      const result = await locker.importStream(body, meta, options);
      this.importListener?.(caseId, [result.item], undefined);
      return report({ imported: [result], rejected: [] });
    });
  }

  cancelImport(importId: string): { cancelled: boolean } {
    const controller = this.running.get(importId);
    controller?.abort();
    return { cancelled: controller !== undefined };
  }

  update(ref: string, itemId: string, labels: EvidenceLabels): Promise<EvidenceView> {
    return this.changing(ref, (locker) => locker.edit(itemId, labels));
  }

  reorder(ref: string, order: string[]): Promise<EvidenceView[]> {
    return this.changing(ref, (locker) => locker.reorder(order));
  }

  setRemoved(ref: string, itemId: string, removed: boolean): Promise<EvidenceView> {
    return this.changing(ref, (locker) => locker.setRemoved(itemId, removed));
  }

  async verify(ref: string): Promise<VerifyReport> {
    return verifyEvidence((await this.lockerOf(ref)).locker);
  }

  /**
   * The stored original of an item, opened for the viewer (served read-only by the hosts); a link or
   * special file in its place is refused (`NotRegularFileError`). The caller closes the handle.
   */
  async openOriginal(ref: string, itemId: string): Promise<OpenedFile & { mediaType: string; originalName: string }> {
    const { locker } = await this.lockerOf(ref);
    const item = await locker.item(itemId);
    return { ...(await locker.openStored(item)), mediaType: item.mediaType, originalName: item.originalName };
  }

  /** A cached thumbnail of an image original, regenerated when missing; undefined for other media. */
  async thumbnail(ref: string, itemId: string): Promise<string | undefined> {
    const { locker } = await this.lockerOf(ref);
    const item = await locker.item(itemId);
    // sharp is loaded when a thumbnail is first asked for, never when a workspace opens.
    const { ensureThumbnail } = await import('./thumbnails');
    return ensureThumbnail(this.thumbnailDir, item, async () => (await locker.openStored(item)).handle);
  }
}
