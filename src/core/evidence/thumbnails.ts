import { randomBytes } from 'node:crypto';
import { access, mkdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { EvidenceItem } from '../../shared/domain/evidence';

const THUMBNAIL_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/tiff', 'image/avif', 'image/heic', 'image/heif', 'image/bmp']);
const EDGE = 320;

/**
 * A small preview of an image original, kept in the workspace cache (never beside the originals) and
 * named by content hash, so it is shared by identical files and simply regenerated when missing.
 * `openOriginal` is only called when the thumbnail has to be made; it opens the original the way the
 * viewer does (refusing links), and the handle is closed here. Returns undefined for anything that
 * is not a still image, and when the original cannot be read as one.
 */
export async function ensureThumbnail(
  cacheDir: string,
  item: Pick<EvidenceItem, 'sha256' | 'mediaType'>,
  openOriginal: () => Promise<FileHandle>,
): Promise<string | undefined> {
  if (!THUMBNAIL_TYPES.has(item.mediaType)) return undefined;
  const target = join(cacheDir, `${item.sha256}.webp`);
  try {
    await access(target);
    return target;
  } catch {
    // Not generated yet (or the cache was cleared).
  }
  await mkdir(cacheDir, { recursive: true });
  const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
  let handle: FileHandle | undefined;
  try {
    handle = await openOriginal();
    // Decoding needs the whole picture in memory anyway; reading it through the handle keeps links out.
    const bytes = await handle.readFile();
    // rotate() applies the EXIF orientation, so phone photos are not shown sideways.
    await sharp(bytes, { failOn: 'none' }).rotate().resize(EDGE, EDGE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 72 }).toFile(temp);
    await rename(temp, target);
    return target;
  } catch {
    await unlink(temp).catch(() => {});
    return undefined;
  } finally {
    await handle?.close();
  }
}
