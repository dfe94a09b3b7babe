import { randomUUID } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { RegisteredFile } from '../../src/shared/api/bridge';
import { ApiFailure } from '../../src/shared/api/dispatch';
import { fileAccessMessages as m } from '../../src/shared/messages/file-access';
import type { FileAccess } from '../../src/hosts/file-access';

/** What a handle may be used for: a file or folder to import, or a folder to open as the workspace. */
export type HandleUse = 'import' | 'workspace';

/** Far more than one session drops; the oldest handles go first beyond it. */
const MAX_HANDLES = 100_000;

/**
 * The places on disk the person handed to the app — files dropped or picked, a folder chosen in the
 * folder dialog — each under a random handle. The page sends handles back, never paths, so it can
 * only ever ask for what the person gave it.
 */
export class FileHandles {
  private readonly entries = new Map<string, { path: string; use: HandleUse }>();

  constructor(private readonly limit = MAX_HANDLES) {}

  issue(path: string, use: HandleUse): string {
    const handle = `${use}-${randomUUID()}`;
    this.entries.set(handle, { path, use });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return handle;
  }

  /** The path a handle was issued for, if it was issued for this use. */
  resolve(handle: string, use: HandleUse): string | undefined {
    const entry = this.entries.get(handle);
    return entry?.use === use ? entry.path : undefined;
  }
}

/**
 * Registers the paths the preload read from dropped or picked File objects and answers with handles.
 * An empty path is what Electron gives for a File the page made itself: refused. Folders get a handle
 * too (importing one asks the person first).
 */
export async function registerPaths(handles: FileHandles, paths: unknown): Promise<RegisteredFile[]> {
  if (!Array.isArray(paths) || !paths.every((path): path is string => typeof path === 'string' && isAbsolute(path))) {
    throw new ApiFailure('invalid', m.notDroppedFile);
  }
  return Promise.all(
    paths.map(async (path) => {
      // lstat: a dropped link is registered as what it is; the import refuses it.
      const stats = await lstat(path).catch(() => undefined);
      return { handle: handles.issue(path, 'import'), name: basename(path), size: stats?.isFile() ? stats.size : 0, folder: stats?.isDirectory() ?? false };
    }),
  );
}

/** What the desktop app's page may name on disk: only what the handles stand for. */
export function desktopFileAccess(handles: FileHandles): FileAccess {
  return {
    importSource: (handle) => {
      const path = handles.resolve(handle, 'import');
      if (path === undefined) throw new ApiFailure('invalid', m.unknownFileHandle);
      return path;
    },
    workspaceFolder: async (handle) => {
      const path = handles.resolve(handle, 'workspace');
      if (path === undefined) throw new ApiFailure('invalid', m.unknownFolderHandle);
      return path;
    },
    referTo: (path) => handles.issue(path, 'import'),
  };
}
