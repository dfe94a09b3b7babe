import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import { fileAccessMessages as m } from '../../shared/messages/file-access';

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

const isInside = (folder: string, root: string): boolean => {
  const rel = relative(root, folder);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
};

/**
 * The folder a browser may open as its workspace, for `requested`: an absolute path to the home folder
 * or anything inside it, compared after resolving links (a link in the home folder pointing at `/etc`
 * is outside). Returns the real path, which is what gets opened; throws an {@link ApiFailure} with the
 * reason otherwise. The web host's `workspace:switch` and its folder browser both decide by this.
 *
 * @example await webWorkspaceFolder('/home/li/Casebook') // '/home/li/Casebook'
 */
export async function webWorkspaceFolder(requested: string, homeDir: string = homedir()): Promise<string> {
  if (!isAbsolute(requested)) throw new ApiFailure('invalid', m.workspaceNotAbsolute);
  const [folder, home] = await Promise.all([realPathOf(resolve(requested)), realPathOf(homeDir)]);
  if (!isInside(folder, home)) throw new ApiFailure('invalid', m.workspaceOutsideHome(homeDir));
  return folder;
}

/** Whether a browser may open `folder` as its workspace (see {@link webWorkspaceFolder}). */
export const isWebWorkspaceAllowed = (folder: string, homeDir: string = homedir()): Promise<boolean> =>
  webWorkspaceFolder(folder, homeDir).then(
    () => true,
    () => false,
  );
