import { join } from 'node:path';
import type { DamagedCase } from '../../shared/domain/case';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { CaseFolderRead, CaseStore } from '../cases/case-store';
import { viewsOf } from '../evidence/evidence-locker';
import { EVIDENCE_FILE_NAME } from '../evidence/evidence-file';
import { readEvidenceSnapshot } from '../evidence/evidence-snapshot';
import { sameOptionalStamp, sameStamp, statStamp, type FileStamp } from '../fs/file-stamp';
import type { CaseIndex } from './case-index';

export interface SyncReport {
  /** Cases in the index afterwards. */
  indexed: number;
  damaged: DamagedCase[];
  /** Folders whose case.json and evidence.json were read and parsed (the rest were unchanged by mtime and size). */
  reparsed: number;
  /** Folders that vanished from disk and were dropped from the index. */
  removed: number;
}

interface FolderRead {
  caseFile: CaseFolderRead;
  items: EvidenceView[];
  /** The stamp of the evidence.json the items came from; none when there is no such file. */
  evidenceStamp: FileStamp | undefined;
}

/**
 * Reads both files of a folder. An unusable evidence.json mirrors as no items, and never hides the
 * case: it stays listed, and opening its evidence answers `damaged` with the reason.
 */
async function readFolder(store: CaseStore, folder: string): Promise<FolderRead> {
  const caseFile = await store.read(folder);
  try {
    const snapshot = await readEvidenceSnapshot(store.pathOf(folder));
    return { caseFile, items: snapshot.ok ? viewsOf(snapshot.file) : [], evidenceStamp: snapshot.stamp };
  } catch {
    // Unreadable (permissions): no stamp, so the next sync tries again.
    return { caseFile, items: [], evidenceStamp: undefined };
  }
}

/**
 * Brings the index in line with the case folders: each case's `case.json` and the evidence items of
 * its `evidence.json`, always read and recorded together so the last activity (the later of the two)
 * comes out the same however the index got there.
 *
 * Incremental (the default, on every workspace open): a `stat` of both files per folder; only new
 * folders, folders where either file changed (mtime or size) and folders listed as damaged (few, and
 * possibly repaired, or freed of a duplicate) are parsed; rows of vanished folders are dropped. So
 * evidence another process (the CLI) changed while the app was running shows up on the next sync.
 *
 * Full (`index:rebuild`, `casebook reindex`): every folder is read again and the index replaced, so
 * deleting the index file loses nothing. Either way the changes land in one transaction.
 */
export async function syncIndex(store: CaseStore, index: CaseIndex, { full = false } = {}): Promise<SyncReport> {
  const folders = await store.listFolders();
  const known = full ? new Map<string, FileStamp>() : index.stamps();
  const knownEvidence = full ? new Map<string, FileStamp | undefined>() : index.evidenceStamps();
  const damaged = new Set(full ? [] : index.damaged().map((d) => d.folder));
  const onDisk = new Set(folders);
  const vanished = [...known.keys(), ...damaged].filter((folder) => !onDisk.has(folder));

  const unchanged = await Promise.all(
    folders.map(async (folder) => {
      if (!known.has(folder) || damaged.has(folder)) return false;
      const [caseStamp, evidenceStamp] = await Promise.all([
        store.stamp(folder),
        statStamp(join(store.pathOf(folder), EVIDENCE_FILE_NAME)),
      ]);
      return sameStamp(known.get(folder), caseStamp) && sameOptionalStamp(knownEvidence.get(folder), evidenceStamp);
    }),
  );
  const reads = await Promise.all(folders.filter((_, i) => !unchanged[i]).map((folder) => readFolder(store, folder)));

  index.transaction(() => {
    if (full) index.clear();
    for (const folder of vanished) index.forget(folder);
    for (const read of reads) index.record(read.caseFile);
    // After all case files, so that of two folders claiming one id only the owner gets evidence.
    for (const read of reads) {
      const owner = index.resolve(read.caseFile.folder);
      if (owner?.kind === 'case') index.recordEvidence(owner.id, read.items, read.evidenceStamp);
    }
  });
  return { indexed: index.counts().caseCount, damaged: index.damaged(), reparsed: reads.length, removed: vanished.length };
}
