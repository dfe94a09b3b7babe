import { lstat, readFile } from 'node:fs/promises';
import { contentTypeFor } from './content-types';
import { resolveStaticPath } from './static-path';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads the built renderer file a request path names, or `null` (→ 404) when the path is refused,
 * missing, a directory (no listings) or a symlink (never followed out of the root).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return null;
  try {
    const info = await lstat(file);
    if (!info.isFile()) return null;
    return { body: await readFile(file), contentType: contentTypeFor(file) };
  } catch {
    return null;
  }
}
