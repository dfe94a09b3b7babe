import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { evidenceMessages as m } from '../../shared/messages/evidence';
import type { ImportRejection } from './evidence-locker';

/**
 * Turns what the person picked into the files to import: folders are opened only when `recursive`
 * (the UI asks first, the CLI needs --recursive), links are never followed, and everything refused
 * comes back with a message naming it.
 */
export async function expandSources(paths: readonly string[], recursive: boolean): Promise<{ files: string[]; rejected: ImportRejection[] }> {
  const files: string[] = [];
  const rejected: ImportRejection[] = [];
  const visit = async (path: string, picked: boolean): Promise<void> => {
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '?';
      rejected.push({ file: path, code: 'invalid', message: code === 'ENOENT' ? m.sourceMissing(path) : m.sourceUnreadable(path, code) });
      return;
    }
    if (info.isSymbolicLink()) rejected.push({ file: path, code: 'invalid', message: m.sourceSymlink(path) });
    else if (info.isDirectory()) {
      if (!recursive && picked) {
        rejected.push({ file: path, code: 'folder', message: m.sourceIsFolder(path) });
        return;
      }
      const names = (await readdir(path)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      for (const name of names) await visit(join(path, name), false);
    } else if (info.isFile()) files.push(path);
    else rejected.push({ file: path, code: 'invalid', message: m.sourceNotRegular(path) });
  };
  for (const path of paths) await visit(path, true);
  return { files, rejected };
}
