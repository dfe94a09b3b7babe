import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { folderBrowserMessages as m } from '../../shared/messages/folder-browser';

/** The real path of `path`: links resolved for the part that exists, the rest (a folder yet to be made) appended. */
async function realPathOf(path: string): Promise<string> {
  const missing: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) throw error;
      missing.push(basename(current));
    }
  }
}

/** Whether `folder` is `root` or inside it, compared by path segments (`/home/li2` is not inside `/home/li`). */
export const isInsideFolder = (folder: string, root: string): boolean => {
  const rel = relative(root, folder);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
};

/**
 * The one rule for folders a page may name without the desktop app's own dialog (the browser's
 * folder browser, and a workspace to open from a browser): an absolute path to the home folder or
 * below it, compared after resolving symbolic links — a link in the home folder pointing at `/etc` is
 * outside. A folder that does not exist yet is judged by its nearest existing parent. Returns the real
 * path, which is what should be used; throws an `ApiFailure('invalid')` saying why otherwise.
 *
 * @example await folderInsideHome('/home/li/文档/维权卷宗', '/home/li') // '/home/li/文档/维权卷宗'
 */
export async function folderInsideHome(requested: string, homeDir: string): Promise<string> {
  if (!isAbsolute(requested)) throw new ApiFailure('invalid', m.notAbsolute);
  const [folder, home] = await Promise.all([realPathOf(resolve(requested)), realPathOf(homeDir)]);
  if (!isInsideFolder(folder, home)) throw new ApiFailure('invalid', m.outsideHome(homeDir));
  return folder;
}

/** Whether a folder is a Casebook workspace: it holds both `cases/` and `.casebook/` (never followed as links). */
export async function isWorkspaceFolder(folder: string): Promise<boolean> {
  const isDir = (path: string) => lstat(path).then((info) => info.isDirectory(), () => false);
  const [cases, data] = await Promise.all([isDir(join(folder, 'cases')), isDir(join(folder, '.casebook'))]);
  return cases && data;
}
