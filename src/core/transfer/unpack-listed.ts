import { createHash } from 'node:crypto';
import { mkdir, statfs, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import { transferMessages as m } from '../../shared/messages/archives';
import { MANIFEST_MAX_BYTES } from '../archive/archive-manifests';
import { ArchiveRefusal } from '../archive/archive-refusal';
import type { SafeZip } from '../archive/safe-zip';
import type { TransferProgress } from './write-case-archive';

/** A file as a manifest lists it: path inside the archive (and below the target folder), size, SHA-256. */
export interface ListedFile {
  path: string;
  size: number;
  sha256: string;
}

/** Room left for the index, the audit log and the system after unpacking. */
const FREE_SPACE_MARGIN = 64 * 1024 * 1024;

/** The manifest's bytes and their SHA-256, refused when absent or too big to be one of ours. */
export async function readManifestBytes(zip: SafeZip, name: string): Promise<{ bytes: Buffer; sha256: string }> {
  const file = zip.files.find((candidate) => candidate.name === name);
  if (!file) throw new ArchiveRefusal('manifest-missing', zip.path, name);
  if (file.size > MANIFEST_MAX_BYTES) throw new ArchiveRefusal('manifest-invalid', zip.path, name);
  const bytes = await zip.bytes(file);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The archive holds exactly the files its manifest lists (besides the manifest), each at the listed
 * size, and no hidden entry — what a folder holds only while the app works in it (a lock, staging).
 */
export function checkListedEntries(zip: SafeZip, manifestName: string, listed: readonly ListedFile[]): void {
  const byPath = new Map(listed.map((file) => [file.path, file]));
  if (byPath.size !== listed.length) throw new ArchiveRefusal('manifest-invalid', zip.path, manifestName);
  const present = new Set<string>();
  for (const file of zip.files) {
    if (file.name === manifestName) continue;
    if (file.name.split('/').some((segment) => segment.startsWith('.'))) throw new ArchiveRefusal('unexpected-entry', zip.path, file.name);
    const entry = byPath.get(file.name);
    if (!entry || entry.size !== file.size) throw new ArchiveRefusal('manifest-mismatch', zip.path, file.name);
    present.add(file.name);
  }
  for (const path of byPath.keys()) if (!present.has(path)) throw new ArchiveRefusal('manifest-mismatch', zip.path, path);
}

/**
 * Writes every listed file below `dir`, hashing it as it is written, with the modification time the
 * archive recorded; a file that does not hash to the manifest's SHA-256 is refused as tampered. Fails first when the disk lacks the room. The entry
 * checks already refused `..` and absolute names, so every path stays inside `dir`.
 */
export async function unpackListed(
  zip: SafeZip,
  listed: readonly ListedFile[],
  dir: string,
  { readOnly, signal, onProgress }: { readOnly: (path: string) => boolean; signal?: AbortSignal | undefined; onProgress?: ((progress: TransferProgress) => void) | undefined },
): Promise<void> {
  const total = listed.reduce((sum, file) => sum + file.size, 0);
  const disk = await statfs(dir);
  if (disk.bavail * disk.bsize < total + FREE_SPACE_MARGIN) throw new ApiFailure('io', m.diskFull(total));
  const byName = new Map(zip.files.map((file) => [file.name, file]));
  for (const [index, file] of listed.entries()) {
    signal?.throwIfAborted();
    const target = join(dir, ...file.path.split('/'));
    await mkdir(join(target, '..'), { recursive: true });
    const entry = byName.get(file.path)!;
    const actual = await zip.copyTo(entry, target, readOnly(file.path) ? 0o444 : 0o644);
    if (actual !== file.sha256) throw new ArchiveRefusal('tampered', zip.path, file.path);
    // The times travel too: the index counts a case's last activity from its files' modification times.
    if (!Number.isNaN(entry.mtime.getTime())) await utimes(target, entry.mtime, entry.mtime);
    onProgress?.({ done: index + 1, total: listed.length });
  }
}
