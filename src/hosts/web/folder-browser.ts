import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isWorkspaceFolder } from '../../core/workspace/workspace-folder';
import type { FolderListing } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import { folderBrowserMessages as m } from '../../shared/messages/folder-browser';
import { webWorkspaceFolder } from './workspace-policy';

/** More than a person scrolls through; the path field is there for the rest. */
const MAX_FOLDERS = 500;

const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;

/**
 * The sub-folders of a folder in the home folder (the home folder itself when none is asked for), each
 * marked when it already is a workspace, for choosing a workspace in a browser without typing its path.
 * It shows exactly what the web host may open ({@link webWorkspaceFolder}): the requested folder must
 * pass that rule, hidden folders are left out, and a symbolic link is listed only when it leads to a
 * folder the rule allows, under its real path.
 */
export async function browseFolders(requested: string | undefined, homeDir: string): Promise<FolderListing> {
  const home = await webWorkspaceFolder(homeDir, homeDir);
  const path = requested?.trim() ? await webWorkspaceFolder(requested.trim(), homeDir) : home;
  try {
    if (!(await stat(path)).isDirectory()) throw new ApiFailure('invalid', m.notFolder(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiFailure('invalid', m.notFound(path));
    throw error;
  }

  const found: { name: string; path: string }[] = [];
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) found.push({ name: entry.name, path: child });
    else if (entry.isSymbolicLink()) {
      const target = await webWorkspaceFolder(child, homeDir).catch(() => undefined);
      if (target && (await stat(target).then((info) => info.isDirectory(), () => false))) found.push({ name: entry.name, path: target });
    }
  }
  found.sort((a, b) => byName(a.name, b.name));
  const shown = found.slice(0, MAX_FOLDERS);
  const folders = await Promise.all(shown.map(async (folder) => ({ ...folder, isWorkspace: await isWorkspaceFolder(folder.path) })));
  return {
    path,
    home,
    ...(path === home ? {} : { parent: dirname(path) }),
    isWorkspace: await isWorkspaceFolder(path),
    folders,
    more: found.length - shown.length,
  };
}
