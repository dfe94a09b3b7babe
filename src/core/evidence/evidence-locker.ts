import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { monotonicFactory } from 'ulid';
import { ApiFailure } from '../../shared/api/dispatch';
import type { ApiErrorCode } from '../../shared/api/result';
import { OCR_LABEL_FIELDS, type EvidenceCategory, type EvidenceItem, type EvidenceLabels, type EvidenceView, type OcrLabelField } from '../../shared/domain/evidence';
import type { OcrLabelProposal } from '../../shared/domain/ocr';
import { exhibitNumbers, insertionIndex } from '../../shared/evidence/exhibit-order';
import { evidenceMessages as m } from '../../shared/messages/evidence';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import { fsyncDirectory, renameWithRetry, writeFileAtomic } from '../fs/atomic-write';
import type { FileStamp } from '../fs/file-stamp';
import { openRegularFile, type OpenedFile } from '../fs/open-regular-file';
import { removeReadOnlyFile } from '../fs/remove-read-only';
import { EVIDENCE_FILE_NAME, serializeEvidenceFile, type EvidenceFile } from './evidence-file';
import { readEvidenceSnapshot } from './evidence-snapshot';
import { discardStaged, stageFile, stageStream, type CopyOptions, type StagedCopy } from './stage-copy';
import { storedEvidenceName } from './stored-name';

export const EVIDENCE_DIR = 'evidence';
const IN_FLIGHT_FSYNCS = 2;
const newId = monotonicFactory();

export interface ImportOptions extends CopyOptions {
  category?: EvidenceCategory;
  title?: string;
  /** Import even when an item with the same SHA-256 exists (the person confirmed it). */
  allowDuplicate?: boolean;
}

interface Staged {
  copy: StagedCopy;
  /** The path or upload name the person gave, for messages. */
  file: string;
  name: string;
}

export interface ImportRejection {
  file: string;
  /** `folder`: a folder was picked without confirming that its contents should be imported. */
  code: ApiErrorCode | 'folder';
  message: string;
}

export interface ImportBatch {
  imported: ImportResult[];
  rejected: ImportRejection[];
}

export interface ImportResult {
  item: EvidenceView;
  /** Set for a zero-byte file: imported, with a warning. */
  warning?: string;
}

/** A call recording is communication; everything else waits for the person to classify it. */
const defaultCategory = (mediaType: string): EvidenceCategory => (mediaType.startsWith('audio/') ? 'communication' : 'other');

const stem = (name: string) => name.slice(0, name.length - extname(name).length).trim() || name;

/**
 * The evidence locker of one case folder. Originals are staged outside the case lock (a copy can take
 * minutes) and committed under it. The commit point is the atomic write of `evidence.json`; the audit
 * line and the rename of the staged file into `evidence/` follow, and `recoverImports` finishes that
 * rename if a crash falls in between — so after recovery no index entry lacks its file and no partial
 * file is ever visible under `evidence/`.
 */
export class EvidenceLocker {
  constructor(
    readonly caseDir: string,
    /** The per-case lock; recovery and every write run under it. */
    readonly withLock: <T>(work: () => Promise<T>) => Promise<T>,
  ) {}

  private get indexPath() {
    return join(this.caseDir, EVIDENCE_FILE_NAME);
  }

  storedPath(item: Pick<EvidenceItem, 'storedName'>): string {
    return join(this.caseDir, EVIDENCE_DIR, item.storedName);
  }

  async read(): Promise<EvidenceFile> {
    return (await this.snapshot()).file;
  }

  /** The items with the stamp of the `evidence.json` they were read from, for the workspace index. */
  async snapshot(): Promise<{ file: EvidenceFile; items: EvidenceView[]; stamp?: FileStamp }> {
    const snapshot = await readEvidenceSnapshot(this.caseDir);
    if (!snapshot.ok) throw new ApiFailure('damaged', snapshot.reason);
    return { ...snapshot, items: viewsOf(snapshot.file) };
  }

  private async write(file: EvidenceFile): Promise<void> {
    await writeFileAtomic(this.indexPath, serializeEvidenceFile(file));
  }

  /** Items in exhibit order, each with its exhibit number and case-relative path. */
  async list(): Promise<EvidenceView[]> {
    return viewsOf(await this.read());
  }

  /** Imports one file; a refusal (duplicate, changed, unreadable …) is thrown. */
  async importFile(sourcePath: string, options: ImportOptions = {}): Promise<ImportResult> {
    return single(await this.importFiles([sourcePath], options));
  }

  /**
   * Imports files picked or dropped together as one action: each is staged in turn, then all are
   * committed with one write of `evidence.json`. A file that cannot be imported is reported in
   * `rejected` with a message naming it; the others still go in.
   */
  async importFiles(sourcePaths: readonly string[], options: ImportOptions = {}): Promise<ImportBatch> {
    const staged: Staged[] = [];
    const rejected: ImportRejection[] = [];
    try {
      for (const path of sourcePaths) {
        if (options.signal?.aborted) break;
        // At most a couple of fsyncs in flight behind the copy: more would crowd out its reads and
        // writes in libuv's small thread pool.
        await staged.at(-IN_FLIGHT_FSYNCS)?.copy.durable;
        try {
          staged.push({ copy: await stageFile(this.caseDir, newId(), path, options), file: path, name: basename(path) });
        } catch (error) {
          if (!(error instanceof ApiFailure)) throw error;
          rejected.push({ file: path, code: error.code, message: error.message });
        }
      }
      if (options.signal?.aborted) throw new ApiFailure('invalid', m.batchCancelled);
      const { imported, rejected: refused } = await this.commit(staged, options);
      return { imported, rejected: [...rejected, ...refused] };
    } finally {
      await Promise.allSettled(staged.map((entry) => entry.copy.durable));
      await Promise.all(staged.map((entry) => discardStaged(entry.copy.stagingPath)));
    }
  }

  /** Imports bytes uploaded by a browser (web host); a refusal is thrown. */
  async importStream(source: Readable, meta: { name: string; size: number; lastModified: Date }, options: ImportOptions = {}): Promise<ImportResult> {
    const copy = await stageStream(this.caseDir, newId(), source, meta, options);
    try {
      return single(await this.commit([{ copy, file: meta.name, name: meta.name }], options));
    } finally {
      await copy.durable.catch(() => {});
      await discardStaged(copy.stagingPath);
    }
  }

  private async commit(staged: readonly Staged[], options: ImportOptions): Promise<ImportBatch> {
    if (staged.length === 0) return { imported: [], rejected: [] };
    // Copies were fsynced while the next file was read; all must be on disk before anything is committed.
    await Promise.all(staged.map((entry) => entry.copy.durable));
    // file-type and exifr are loaded by the first import, not when a workspace opens (recovery builds lockers too).
    const [{ sniffMediaType }, { readCaptureTime }] = await Promise.all([import('./sniff-type'), import('./capture-time')]);
    const described = await Promise.all(
      staged.map(async (entry) => {
        const originalName = entry.name.normalize('NFC');
        const { mediaType, extension } = await sniffMediaType(entry.copy.stagingPath, originalName);
        const capture = await readCaptureTime(entry.copy.stagingPath, mediaType, entry.copy.sourceMtime);
        return { ...entry, originalName, mediaType, extension, capture };
      }),
    );
    return this.withLock(async () => {
      const file = await this.read();
      const items = mapOf(file);
      const order = [...file.order];
      const added: { item: EvidenceItem; stagingPath: string }[] = [];
      const rejected: ImportRejection[] = [];
      const importedAt = nowChinaIso();
      for (const entry of described) {
        const twin = [...items.values()].find((item) => item.sha256 === entry.copy.sha256);
        if (twin && !options.allowDuplicate) {
          const exhibit = exhibitNumbers(order, items).get(twin.id);
          rejected.push({ file: entry.file, code: 'duplicate', message: m.duplicate(entry.originalName, exhibit ? m.exhibit(exhibit) : twin.title) });
          continue;
        }
        const category = options.category ?? defaultCategory(entry.mediaType);
        const userSet: OcrLabelField[] = [...(options.category ? ['category' as const] : []), ...(options.title?.trim() ? ['title' as const] : [])];
        const item: EvidenceItem = {
          id: entry.copy.id,
          storedName: storedEvidenceName(entry.copy.id, entry.originalName, entry.extension),
          originalName: entry.originalName,
          size: entry.copy.size,
          mediaType: entry.mediaType,
          sha256: entry.copy.sha256,
          importedAt,
          ...entry.capture,
          category,
          title: options.title?.trim() || stem(entry.originalName),
          elements: [],
          ...(userSet.length > 0 ? { userSet } : {}),
        };
        order.splice(insertionIndex(order, items, category), 0, item.id);
        items.set(item.id, item);
        added.push({ item, stagingPath: entry.copy.stagingPath });
      }
      if (added.length === 0) return { imported: [], rejected };
      await this.write({ ...file, order, items: [...file.items, ...added.map((a) => a.item)] });
      // Committed: whatever the audit log does now, the originals must reach their place, or the
      // index would name files that the cleanup of the staging area is about to delete.
      const audited = await appendAudit(
        this.caseDir,
        ...added.map(({ item }) => ({
          action: 'evidence.import' as const,
          target: item.id,
          sha256: item.sha256,
          detail: { originalName: item.originalName, size: item.size, storedName: item.storedName },
        })),
      ).then(
        () => undefined,
        (error: unknown) => error,
      );
      await this.placeCommitted(file, added);
      if (audited !== undefined) throw audited;
      const views = new Map(viewsOf(await this.read()).map((view) => [view.id, view]));
      const imported = added.map(({ item }) => {
        const result: ImportResult = { item: views.get(item.id)! };
        if (item.size === 0) result.warning = m.emptyFile(item.originalName);
        return result;
      });
      return { imported, rejected };
    });
  }

  /**
   * Moves committed originals out of staging. Should a rename fail (on Windows a scanner can hold a
   * file for longer than our retries), the index goes back to `previous` so no entry lacks its file.
   */
  private async placeCommitted(previous: EvidenceFile, added: readonly { item: EvidenceItem; stagingPath: string }[]): Promise<void> {
    try {
      for (const { item, stagingPath } of added) await renameWithRetry(stagingPath, this.storedPath(item));
    } catch (error) {
      for (const { item } of added) await removeReadOnlyFile(this.storedPath(item));
      await this.write(previous);
      // Best effort: the log may be the very thing that failed.
      await appendAudit(this.caseDir, ...added.map(({ item }) => ({ action: 'evidence.import-rolled-back' as const, target: item.id, sha256: item.sha256 }))).catch(() => {});
      throw error;
    }
    await fsyncDirectory(join(this.caseDir, EVIDENCE_DIR));
  }

  /** Finishes an import interrupted between its commit and the rename (see `recoverImports`). */
  async completeCommit(stagingPath: string, item: EvidenceItem): Promise<void> {
    await renameWithRetry(stagingPath, this.storedPath(item));
    await fsyncDirectory(join(this.caseDir, EVIDENCE_DIR));
  }

  /** Changes what the person says about an item; the file and its identity never change. */
  async edit(id: string, labels: EvidenceLabels): Promise<EvidenceView> {
    return this.withLock(async () => {
      const file = await this.read();
      const item = requireItem(file, id);
      // Only what the person actually changed is theirs: the editor sends every field on each save.
      const chosen = OCR_LABEL_FIELDS.filter((field) => labels[field] !== undefined && JSON.stringify(labels[field]) !== JSON.stringify(item[field]));
      const userSet = [...new Set([...(item.userSet ?? []), ...chosen])];
      const changed: EvidenceItem = {
        ...item,
        ...labels,
        ...(labels.capturedAt && labels.capturedAt !== item.capturedAt ? { capturedAtSource: 'user' as const } : {}),
        ...(userSet.length > 0 ? { userSet } : {}),
      };
      const next = { ...file, items: file.items.map((i) => (i.id === id ? changed : i)) };
      await this.write(next);
      await appendAudit(this.caseDir, { action: 'evidence.edit', target: id, sha256: item.sha256, detail: { fields: Object.keys(labels) } });
      return viewsOf(next).find((v) => v.id === id)!;
    });
  }

  /**
   * Applies labels read from the item's content (OCR) to the fields the person has not set, and moves
   * an item whose category changed to its category's place in the exhibit order. A capture time is
   * only replaced when it was the file's modification time (or an earlier reading). The caller holds
   * the case lock. Returns the fields that changed.
   */
  async applyProposedLabelsLocked(id: string, proposal: OcrLabelProposal): Promise<OcrLabelField[]> {
    const file = await this.read();
    const item = requireItem(file, id);
    const mine = new Set(item.userSet ?? []);
    const changed: EvidenceItem = { ...item };
    const fields: OcrLabelField[] = [];
    const offer = <F extends OcrLabelField>(field: F, value: EvidenceItem[F] | undefined) => {
      if (value === undefined || mine.has(field) || JSON.stringify(value) === JSON.stringify(item[field])) return;
      changed[field] = value;
      fields.push(field);
    };
    offer('category', proposal.category);
    offer('title', proposal.title);
    offer('elements', proposal.elements);
    offer('screenshot', proposal.screenshot);
    if (item.capturedAtSource === 'file-mtime' || item.capturedAtSource === 'ocr') {
      offer('capturedAt', proposal.capturedAt);
      if (fields.includes('capturedAt')) changed.capturedAtSource = 'ocr';
    }
    if (fields.length === 0) return fields;
    let order = file.order;
    if (fields.includes('category')) {
      const rest = order.filter((other) => other !== id);
      const items = mapOf({ ...file, items: file.items.map((i) => (i.id === id ? changed : i)) });
      order = [...rest];
      order.splice(insertionIndex(rest, items, changed.category), 0, id);
    }
    await this.write({ ...file, order, items: file.items.map((i) => (i.id === id ? changed : i)) });
    await appendAudit(this.caseDir, { action: 'evidence.ocr-labels', target: id, sha256: item.sha256, detail: { fields } });
    return fields;
  }

  /** Sets the exhibit order; it must name every item exactly once. */
  async reorder(order: string[]): Promise<EvidenceView[]> {
    return this.withLock(async () => {
      const file = await this.read();
      const ids = new Set(file.items.map((item) => item.id));
      if (order.length !== ids.size || new Set(order).size !== order.length || !order.every((id) => ids.has(id))) {
        throw new ApiFailure('invalid', m.reorderMismatch);
      }
      const next = { ...file, order };
      await this.write(next);
      await appendAudit(this.caseDir, { action: 'evidence.reorder', detail: { order } });
      return viewsOf(next);
    });
  }

  /** Moves an item to the case's evidence trash (its file stays untouched) or back. */
  async setRemoved(id: string, removed: boolean): Promise<EvidenceView> {
    return this.withLock(async () => {
      const file = await this.read();
      const item = requireItem(file, id);
      const changed: EvidenceItem = { ...item };
      if (removed) changed.removedAt = nowChinaIso();
      else delete changed.removedAt;
      const next = { ...file, items: file.items.map((i) => (i.id === id ? changed : i)) };
      await this.write(next);
      await appendAudit(this.caseDir, { action: removed ? 'evidence.remove' : 'evidence.restore', target: id, sha256: item.sha256 });
      return viewsOf(next).find((v) => v.id === id)!;
    });
  }

  async item(id: string): Promise<EvidenceItem> {
    return requireItem(await this.read(), id);
  }

  /**
   * Opens a stored original for reading, for the viewer and its thumbnail. A link or anything but a
   * plain file — in `evidence/` or in place of the folders above it — is refused, never followed.
   */
  openStored(item: Pick<EvidenceItem, 'storedName'>): Promise<OpenedFile> {
    return openRegularFile(this.storedPath(item), [this.caseDir, join(this.caseDir, EVIDENCE_DIR)]);
  }
}

function single(batch: ImportBatch): ImportResult {
  const [refusal] = batch.rejected;
  if (refusal) throw new ApiFailure(refusal.code === 'folder' ? 'invalid' : refusal.code, refusal.message);
  return batch.imported[0]!;
}

const mapOf = (file: EvidenceFile) => new Map(file.items.map((item) => [item.id, item]));

function requireItem(file: EvidenceFile, id: string): EvidenceItem {
  const item = file.items.find((i) => i.id === id);
  if (!item) throw new ApiFailure('not-found', m.itemNotFound(id));
  return item;
}

export function viewsOf(file: EvidenceFile): EvidenceView[] {
  const items = mapOf(file);
  const numbers = exhibitNumbers(file.order, items);
  return file.order.map((id) => {
    const item = items.get(id)!;
    const exhibitNumber = numbers.get(id);
    return { ...item, storedPath: `${EVIDENCE_DIR}/${item.storedName}`, ...(exhibitNumber ? { exhibitNumber } : {}) };
  });
}
