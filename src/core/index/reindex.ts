import { join } from 'node:path';
import type { DamagedCase } from '../../shared/domain/case';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { CaseFolderRead, CaseStore } from '../cases/case-store';
import { EVIDENCE_DIR, viewsOf } from '../evidence/evidence-locker';
import { EVIDENCE_FILE_NAME } from '../evidence/evidence-file';
import { readEvidenceSnapshot } from '../evidence/evidence-snapshot';
import { sameOptionalStamp, sameStamp, statStamp, type FileStamp } from '../fs/file-stamp';
import { OCR_DIR, ocrText } from '../ocr/ocr-file';
import { readAllOcrFiles } from '../ocr/ocr-store';
import type { DueClock } from '../timeline/due-clock';
import { TIMELINE_FILE_NAME } from '../timeline/timeline-file';
import { readTimelineDue, type TimelineDue } from '../timeline/timeline-due';
import type { CaseIndex, SideFile } from './case-index';

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

const SIDE_FILES: readonly { kind: SideFile; name: string }[] = [
  { kind: 'evidence', name: EVIDENCE_FILE_NAME },
  { kind: 'timeline', name: TIMELINE_FILE_NAME },
  { kind: 'ocr', name: `${EVIDENCE_DIR}/${OCR_DIR}` },
];

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
 * deleting the index file loses nothing. Either way the changes land in one transaction.
 */
export async function syncIndex(store: CaseStore, index: CaseIndex, clock: DueClock, { full = false } = {}): Promise<SyncReport> {
  const folders = await store.listFolders();
  const known = full ? new Map<string, FileStamp>() : index.stamps();
  const knownSides = SIDE_FILES.map(({ kind, name }) => ({ name, stamps: full ? new Map() : index.sideFileStamps(kind) }));
  const damaged = new Set(full ? [] : index.damaged().map((d) => d.folder));
  const onDisk = new Set(folders);
  const vanished = [...known.keys(), ...damaged].filter((folder) => !onDisk.has(folder));

  const unchanged = await Promise.all(
    folders.map(async (folder) => {
      if (!known.has(folder) || damaged.has(folder)) return false;
      const [caseStamp, ...sideStamps] = await Promise.all([
        store.stamp(folder),
        ...knownSides.map(({ name }) => statStamp(join(store.pathOf(folder), name))),
      ]);
      return sameStamp(known.get(folder), caseStamp) && knownSides.every(({ stamps }, i) => sameOptionalStamp(stamps.get(folder), sideStamps[i]));
    }),
  );
  const reads = await Promise.all(folders.filter((_, i) => !unchanged[i]).map((folder) => readFolder(store, folder, clock)));

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
  });
  return { indexed: index.counts().caseCount, damaged: index.damaged(), reparsed: reads.length, removed: vanished.length };
}
