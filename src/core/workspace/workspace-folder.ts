import { lstat } from 'node:fs/promises';
import { join } from 'node:path';

/** Whether a folder is a Casebook workspace: it holds both `cases/` and `.casebook/` (never followed as links). */
export async function isWorkspaceFolder(folder: string): Promise<boolean> {
  const isDir = (path: string) => lstat(path).then((info) => info.isDirectory(), () => false);
  const [cases, data] = await Promise.all([isDir(join(folder, 'cases')), isDir(join(folder, '.casebook'))]);
  return cases && data;
}
