import { chmod, unlink } from 'node:fs/promises';

/** Removes a file we made read-only; Windows refuses to unlink such a file until the write bit is back. Missing is fine. */
export async function removeReadOnlyFile(path: string): Promise<void> {
  await chmod(path, 0o644).catch(() => {});
  await unlink(path).catch(() => {});
}
