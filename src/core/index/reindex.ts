import type { DamagedCase } from '../../shared/domain/case';
import { sameStamp, type CaseFileStamp, type CaseStore } from '../cases/case-store';
import type { CaseIndex } from './case-index';

export interface SyncReport {
  /** Cases in the index afterwards. */
  indexed: number;
  damaged: DamagedCase[];
  /** Folders whose case.json was read and parsed (the rest were unchanged by mtime and size). */
  reparsed: number;
  /** Folders that vanished from disk and were dropped from the index. */
  removed: number;
}

/**
 * Brings the index in line with the case folders.
 *
 * Incremental (the default, on every workspace open): one `stat` per folder; only new folders, folders
 * whose case.json changed (mtime or size) and folders listed as damaged (few, and possibly repaired,
 * or freed of a duplicate) are parsed; rows of vanished folders are dropped.
 *
 * Full (`index:rebuild`, `casebook reindex`): every folder is read again and the index replaced, so
 * deleting the index file loses nothing. Either way the changes land in one transaction.
 */
export async function syncIndex(store: CaseStore, index: CaseIndex, { full = false } = {}): Promise<SyncReport> {
  const folders = await store.listFolders();
  const known = full ? new Map<string, CaseFileStamp>() : index.stamps();
  const damaged = new Set(full ? [] : index.damaged().map((d) => d.folder));
  const onDisk = new Set(folders);
  const vanished = [...known.keys(), ...damaged].filter((folder) => !onDisk.has(folder));

  const stamps = await Promise.all(folders.map((folder) => (known.has(folder) ? store.stamp(folder) : undefined)));
  const toRead = folders.filter((folder, i) => damaged.has(folder) || !sameStamp(known.get(folder), stamps[i]));
  const reads = await Promise.all(toRead.map((folder) => store.read(folder)));

  index.transaction(() => {
    if (full) index.clear();
    for (const folder of vanished) index.forget(folder);
    for (const read of reads) index.record(read);
  });
  return { indexed: index.counts().caseCount, damaged: index.damaged(), reparsed: reads.length, removed: vanished.length };
}
