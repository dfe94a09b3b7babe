import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { monotonicFactory } from 'ulid';
import { ApiFailure } from '../../shared/api/dispatch';
import type { EvidenceCategory, EvidenceItem, EvidenceLabels, EvidenceView } from '../../shared/domain/evidence';
import { exhibitNumbers, insertionIndex } from '../../shared/evidence/exhibit-order';
import { evidenceMessages as m } from '../../shared/messages/evidence';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import { fsyncDirectory, renameWithRetry, writeFileAtomic } from '../fs/atomic-write';
import { readCaptureTime } from './capture-time';
import {
  EVIDENCE_FILE_NAME,
  emptyEvidenceFile,
  parseEvidenceFile,
  serializeEvidenceFile,
  type EvidenceFile,
} from './evidence-file';
import { sniffMediaType } from './sniff-type';
import { discardStaged, stageFile, stageStream, type CopyOptions, type StagedCopy } from './stage-copy';
import { storedEvidenceName } from './stored-name';

export const EVIDENCE_DIR = 'evidence';
const newId = monotonicFactory();

export interface ImportOptions extends CopyOptions {
  category?: EvidenceCategory;
  title?: string;
  /** Import even when an item with the same SHA-256 exists (the person confirmed it). */
  allowDuplicate?: boolean;
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
    let text: string;
    try {
      text = await readFile(this.indexPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyEvidenceFile();
      throw error;
    }
    const parsed = parseEvidenceFile(text);
    if (!parsed.ok) throw new ApiFailure('damaged', parsed.reason);
    return parsed.file;
  }

  private async write(file: EvidenceFile): Promise<void> {
    await writeFileAtomic(this.indexPath, serializeEvidenceFile(file));
  }

  /** Items in exhibit order, each with its exhibit number and case-relative path. */
  async list(): Promise<EvidenceView[]> {
    return viewsOf(await this.read());
  }

  async importFile(sourcePath: string, options: ImportOptions = {}): Promise<ImportResult> {
    const id = newId();
    const staged = await stageFile(this.caseDir, id, sourcePath, options);
    return this.commit(staged, basename(sourcePath), options);
  }

  async importStream(source: Readable, meta: { name: string; size: number; lastModified: Date }, options: ImportOptions = {}): Promise<ImportResult> {
    const id = newId();
    const staged = await stageStream(this.caseDir, id, source, meta, options);
    return this.commit(staged, meta.name, options);
  }

  private async commit(staged: StagedCopy, rawName: string, options: ImportOptions): Promise<ImportResult> {
    const originalName = rawName.normalize('NFC');
    try {
      const { mediaType, extension } = await sniffMediaType(staged.stagingPath, originalName);
      const capture = await readCaptureTime(staged.stagingPath, mediaType, staged.sourceMtime);
      return await this.withLock(async () => {
        const file = await this.read();
        const twin = file.items.find((item) => item.sha256 === staged.sha256);
        if (twin && !options.allowDuplicate) {
          const exhibit = exhibitNumbers(file.order, mapOf(file)).get(twin.id);
          throw new ApiFailure('duplicate', m.duplicate(originalName, exhibit ? m.exhibit(exhibit) : twin.title));
        }
        const category = options.category ?? defaultCategory(mediaType);
        const item: EvidenceItem = {
          id: staged.id,
          storedName: storedEvidenceName(staged.id, originalName, extension),
          originalName,
          size: staged.size,
          mediaType,
          sha256: staged.sha256,
          importedAt: nowChinaIso(),
          ...capture,
          category,
          title: options.title?.trim() || stem(originalName),
          elements: [],
        };
        const order = [...file.order];
        order.splice(insertionIndex(order, mapOf(file), category), 0, item.id);
        const previous = file;
        await this.write({ ...file, order, items: [...file.items, item] });
        await appendAudit(this.caseDir, {
          action: 'evidence.import',
          target: item.id,
          sha256: item.sha256,
          detail: { originalName, size: item.size, storedName: item.storedName },
        });
        try {
          await this.completeCommit(staged.stagingPath, item);
        } catch (error) {
          await this.write(previous);
          await appendAudit(this.caseDir, { action: 'evidence.import-rolled-back', target: item.id, sha256: item.sha256 });
          throw error;
        }
        const view = viewsOf(await this.read()).find((v) => v.id === item.id)!;
        return item.size === 0 ? { item: view, warning: m.emptyFile(originalName) } : { item: view };
      });
    } finally {
      await discardStaged(staged.stagingPath);
    }
  }

  /** The last step of an import: the staged original becomes visible under its stored name. */
  async completeCommit(stagingPath: string, item: EvidenceItem): Promise<void> {
    await renameWithRetry(stagingPath, this.storedPath(item));
    await fsyncDirectory(join(this.caseDir, EVIDENCE_DIR));
  }

  /** Changes what the person says about an item; the file and its identity never change. */
  async edit(id: string, labels: EvidenceLabels): Promise<EvidenceView> {
    return this.withLock(async () => {
      const file = await this.read();
      const item = requireItem(file, id);
      const changed: EvidenceItem = {
        ...item,
        ...labels,
        ...(labels.capturedAt && labels.capturedAt !== item.capturedAt ? { capturedAtSource: 'user' as const } : {}),
      };
      const next = { ...file, items: file.items.map((i) => (i.id === id ? changed : i)) };
      await this.write(next);
      await appendAudit(this.caseDir, { action: 'evidence.edit', target: id, sha256: item.sha256, detail: { fields: Object.keys(labels) } });
      return viewsOf(next).find((v) => v.id === id)!;
    });
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

  /** Size and existence of a stored original, for serving it to the viewer. */
  async fileOf(id: string): Promise<{ item: EvidenceItem; path: string; size: number }> {
    const item = requireItem(await this.read(), id);
    const path = this.storedPath(item);
    return { item, path, size: (await stat(path)).size };
  }
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
