import type { DamagedCase } from '../../shared/domain/case';
import type { EvidenceView } from '../../shared/domain/evidence';
import { auditHead } from '../audit/audit-log';
import type { CaseFolderRead, CaseStore } from '../cases/case-store';
import { viewsOf } from '../evidence/evidence-locker';
import { readEvidenceSnapshot } from '../evidence/evidence-snapshot';
import type { FileStamp } from '../fs/file-stamp';
import { ocrText } from '../ocr/ocr-file';
import { readAllOcrFiles } from '../ocr/ocr-store';
import type { DueClock } from '../timeline/due-clock';
import { readTimelineDue, type TimelineDue } from '../timeline/timeline-due';
import type { CaseIndex } from './case-index';
import { folderUnchanged, recordedStamps, type RecordedStamps } from './folder-stamps';

export interface SyncReport {
  /** Cases in the index afterwards. */
  indexed: number;
  damaged: DamagedCase[];
  /** Folders whose case.json, evidence.json and timeline.json were read and parsed (the rest were unchanged by mtime and size). */
  reparsed: number;
  /** Folders that vanished from disk and were dropped from the index. */
  removed: number;
}

interface FolderRead {
  caseFile: CaseFolderRead;
  items: EvidenceView[];
  /** The stamp of the evidence.json the items came from; none when there is no such file. */
  evidenceStamp: FileStamp | undefined;
  timeline: TimelineDue;
  /** Text read from the case's screenshots, with the stamp of the `evidence/ocr` folder. */
  texts: { itemId: string; text: string }[];
  ocrStamp: FileStamp | undefined;
}

/** Unreadable (permissions): nothing, and no stamp, so the next sync tries again. */
const orNothing = <T>(read: Promise<T>, nothing: T): Promise<T> => read.catch(() => nothing);

/**
 * Reads the three files of a folder. An unusable evidence.json or timeline.json mirrors as no items
 * or no due date, and never hides the case: it stays listed, and opening its evidence or timeline
 * answers `damaged` with the reason. The due date also depends on `case.json` (the demand's working
 * days), which is why a change to any of the three re-reads all of them.
 */
async function readFolder(store: CaseStore, folder: string, clock: DueClock): Promise<FolderRead> {
  const caseFile = await store.read(folder);
  const path = store.pathOf(folder);
  const [evidence, timeline, ocr] = await Promise.all([
    orNothing(
      readEvidenceSnapshot(path).then((snapshot) => ({ items: snapshot.ok ? viewsOf(snapshot.file) : [], evidenceStamp: snapshot.stamp })),
      { items: [], evidenceStamp: undefined },
    ),
    caseFile.ok ? orNothing(readTimelineDue(path, caseFile.record, clock), {}) : {},
    orNothing(
      readAllOcrFiles(path).then(({ files, stamp }) => ({ texts: [...files.values()].map((f) => ({ itemId: f.itemId, text: ocrText(f) })), ocrStamp: stamp })),
      { texts: [], ocrStamp: undefined },
    ),
  ]);
  return { caseFile, ...evidence, timeline, ...ocr };
}

/**
 * Brings the index in line with the case folders: each case's `case.json`, the evidence items of its
 * `evidence.json`, the next due date of its `timeline.json` (derived with `clock`'s calendar) and the
 * text read from its screenshots (`evidence/ocr`), always read and recorded together so the last activity (the latest of the three) comes out the
 * same however the index got there.
 *
 * Incremental (the default, on every workspace open): a `stat` of the three files and the readings'
 * folder per folder; only
 * new folders, folders where any of them changed (mtime or size) and folders listed as damaged (few,
 * and possibly repaired, or freed of a duplicate) are parsed; rows of vanished folders are dropped.
 * So evidence or a timeline another process (the CLI) changed while the app was running shows up on
 * the next sync.
 *
 * Full (`index:rebuild`, `casebook reindex`): every folder is read again and the index replaced, so
 * deleting the index file loses nothing but the audit chain heads it kept (they are taken from the
 * logs again). A rebuild keeps the chain heads. Either way the changes land in one transaction.
 */
export async function syncIndex(store: CaseStore, index: CaseIndex, clock: DueClock, { full = false } = {}): Promise<SyncReport> {
  const folders = await store.listFolders();
  const recorded: RecordedStamps = full ? { cases: new Map(), sides: [] } : recordedStamps(index);
  const damaged = new Set(full ? [] : index.damaged().map((d) => d.folder));
  const onDisk = new Set(folders);
  const vanished = [...recorded.cases.keys(), ...damaged].filter((folder) => !onDisk.has(folder));

  const changed = folders.filter(
    (folder) => !recorded.cases.has(folder) || damaged.has(folder) || !folderUnchanged(store.pathOf(folder), folder, recorded),
  );
  const reads = await Promise.all(changed.map((folder) => readFolder(store, folder, clock)));
  // A case the index has no chain head for (new here, or the index file was recreated) gets the log's
  // as it is now: from here on, a rewritten log is caught.
  const heads = await Promise.all(
    reads.map(async ({ caseFile }) => (caseFile.ok && !index.anchor(caseFile.record.id) ? auditHead(store.pathOf(caseFile.folder)).catch(() => undefined) : undefined)),
  );

  index.transaction(() => {
    if (full) index.clear();
    for (const folder of vanished) index.forget(folder);
    for (const read of reads) index.record(read.caseFile);
    // After all case files, so that of two folders claiming one id only the owner gets evidence and a due date.
    for (const read of reads) {
      const owner = index.resolve(read.caseFile.folder);
      if (owner?.kind !== 'case') continue;
      index.recordEvidence(owner.id, read.items, read.evidenceStamp);
      index.recordTimeline(owner.id, read.timeline);
      index.recordEvidenceText(owner.id, read.texts, read.ocrStamp);
    }
    reads.forEach((read, i) => {
      const head = heads[i];
      if (head && read.caseFile.ok && index.resolve(read.caseFile.folder)?.kind === 'case') index.recordAnchor(read.caseFile.record.id, head);
    });
  });
  return { indexed: index.counts().caseCount, damaged: index.damaged(), reparsed: reads.length, removed: vanished.length };
}
