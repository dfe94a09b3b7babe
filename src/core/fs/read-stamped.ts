import { open } from 'node:fs/promises';
import { stampOf, type FileStamp } from './file-stamp';

/**
 * Reads a text file with the stamp of the same open file, so a concurrent atomic replace can never
 * pair new metadata with old content (the index relies on it to skip unchanged files). Undefined
 * when there is no such file; other failures are thrown.
 */
export async function readStampedText(path: string): Promise<{ text: string; stamp: FileStamp } | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const stamp = stampOf(await handle.stat());
    return { text: await handle.readFile('utf8'), stamp };
  } finally {
    await handle.close();
  }
}
