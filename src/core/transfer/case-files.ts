import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import { transferMessages as m } from '../../shared/messages/archives';
import { isTempFileName } from '../fs/atomic-write';
import { collisionKey, entryNameProblem } from '../archive/entry-rules';

/** A file of a case folder as it travels: its path inside the folder (`/`-separated) and on disk. */
export interface CaseFile {
  path: string;
  file: string;
  size: number;
  mtime: Date;
}

/**
 * What stays behind when a case moves: the dossiers it exported (`exports/`, each a copy of the
 * originals; the audit log keeps their hashes, and they can be made again on the other computer),
 * hidden entries (the case lock, evidence staging, `.DS_Store`), temp files of a write in progress
 * and the litter Windows drops into folders.
 */
const EXPORTS_DIR = 'exports';
const OS_LITTER = new Set(['thumbs.db', 'desktop.ini']);
const TRANSFER_ARCHIVE = /\.casebook\.zip$/i;
const staysBehind = (relative: string, name: string, keepExports: boolean) =>
  (!keepExports && relative === EXPORTS_DIR) ||
  // The app's own transfer archive of the case (in `exports/`) is the case once more: a backup need not hold it twice.
  (relative === `${EXPORTS_DIR}/${name}` && TRANSFER_ARCHIVE.test(name)) ||
  name.startsWith('.') ||
  isTempFileName(name) ||
  OS_LITTER.has(name.toLowerCase());

/**
 * Every file of a case folder that a transfer archive carries, in a stable order. Symbolic links and
 * special files are refused, never followed; so is a name another system could not hold or would
 * merge with another (the import on the other computer would refuse the archive). A backup keeps the
 * exported dossiers too (`keepExports`): it stands in for the folder itself.
 */
export async function listCaseFiles(caseDir: string, { keepExports = false }: { keepExports?: boolean } = {}): Promise<CaseFile[]> {
  const files: CaseFile[] = [];
  const seen = new Set<string>();
  async function walk(dir: string, prefix: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (staysBehind(relative, entry.name, keepExports)) continue;
      const path = join(dir, entry.name);
      if (entryNameProblem(relative) || seen.has(collisionKey(relative))) throw new ApiFailure('damaged', m.unportableName(relative));
      seen.add(collisionKey(relative));
      if (entry.isDirectory()) await walk(path, relative);
      else if (entry.isFile()) {
        const { size, mtime } = await lstat(path);
        files.push({ path: relative, file: path, size, mtime });
      }
      else throw new ApiFailure('damaged', m.notRegular(relative));
    }
  }
  await walk(caseDir, '');
  return files;
}
