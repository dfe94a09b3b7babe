import { extname } from 'node:path';
import { sanitizeFolderName } from '../cases/case-folder-name';

/** Short enough that workspace + case folder + this name stays well inside Windows' classic path limit. */
const STEM_MAX = 24;
const SAFE_EXTENSION = /^[a-z0-9]{1,8}$/;

/**
 * The name an original is stored under inside `evidence/`: its id (unique, sortable), a readable
 * part of the original name, and a plain extension. The original name, however exotic (reserved
 * device names, NFD, emoji, 300 characters), is kept as data; the file system only ever sees this.
 *
 * @example storedEvidenceName('01J0ABCDEFGHJKMNPQRSTVWXYZ', '订单支付截图.PNG', 'png') // '01J0ABCDEFGHJKMNPQRSTVWXYZ-订单支付截图.png'
 */
export function storedEvidenceName(id: string, originalName: string, sniffedExtension?: string): string {
  const nameExtension = extname(originalName).slice(1).toLowerCase();
  // What the content is wins over what the name claims: a picture named `x.exe` is stored as `.png`.
  const extension = [sniffedExtension?.toLowerCase(), nameExtension].find((ext) => ext && SAFE_EXTENSION.test(ext)) ?? 'bin';
  const stem = originalName.slice(0, originalName.length - extname(originalName).length);
  return `${id}-${sanitizeFolderName(stem, STEM_MAX).replace(/\s+/g, '_')}.${extension}`;
}
