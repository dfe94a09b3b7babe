import Database from 'better-sqlite3';
import { join } from 'node:path';
import { listCaseFolders, showsUnfinishedWork } from '../cases/case-folder-layout';
import { CaseIndex } from './case-index';
import { folderUnchanged, recordedStamps } from './folder-stamps';
import { INDEX_VERSION } from './index-db';

export interface CurrentIndex {
  index: CaseIndex;
  close(): void;
}

/**
 * The workspace index opened for reading, when it can answer as it is: it has this build's schema,
 * and every case folder is as the index last read it — the same folders, none listed as damaged,
 * each `case.json` and side file with its recorded stamp, none locked or holding staged copies (work a
 * crash may have left). Otherwise `undefined`: the workspace must be opened in full
 * (`WorkspaceSession.open`), which recovers, sweeps and brings the index in line. Changes nothing (SQLite
 * may create the empty `-wal`/`-shm` companions a reader of a WAL database needs).
 *
 * This is what a workspace open checks before it finds nothing to do, without loading the services,
 * the API contract and their schemas: `casebook case list` answers from here when it can.
 */
export function openCurrentIndex(workspaceDir: string): CurrentIndex | undefined {
  let db: Database.Database;
  try {
    db = new Database(join(workspaceDir, '.casebook', 'index.sqlite'), { readonly: true, fileMustExist: true });
  } catch {
    return undefined;
  }
  try {
    db.pragma('busy_timeout = 5000');
    const index = new CaseIndex(db);
    if (db.pragma('user_version', { simple: true }) === INDEX_VERSION && index.damaged().length === 0 && foldersAsRecorded(index, workspaceDir)) {
      return { index, close: () => db.close() };
    }
  } catch {
    // Whatever went wrong here, the full open meets it again and reports it properly.
  }
  db.close();
  return undefined;
}

function foldersAsRecorded(index: CaseIndex, workspaceDir: string): boolean {
  const casesDir = join(workspaceDir, 'cases');
  const folders = listCaseFolders(casesDir);
  const recorded = recordedStamps(index);
  if (folders.length !== recorded.cases.size) return false;
  return folders.every((folder) => {
    const path = join(casesDir, folder);
    return recorded.cases.has(folder) && !showsUnfinishedWork(path) && folderUnchanged(path, folder, recorded);
  });
}
