/**
 * What makes a zip entry unsafe to write to disk, decided from the entry's central-directory record
 * alone (before a byte of it is read). Pure functions, so the rules can be tested one by one.
 */

/** Why an entry is refused; each has a Chinese explanation in `archiveMessages.refusal`. */
export type EntryNameProblem = 'unsafe-path' | 'reserved-name';
export type EntryKindProblem = 'link' | 'special-file';

/** What an entry stands for, from its external attributes (Unix mode or DOS attributes). */
export type EntryKind = 'file' | 'directory' | 'link' | 'special-file';

const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const DOS_DIRECTORY = 0x10;
/** FILE_ATTRIBUTE_REPARSE_POINT: a Windows symbolic link or junction stored by some archivers. */
const DOS_REPARSE_POINT = 0x400;

/**
 * The kind of an entry. A Unix-made entry carries its `st_mode` in the high 16 bits of the external
 * attributes; a link (whose data is its target path) or a device, FIFO or socket would be created as
 * such by a careless extractor. A mode of 0 (archivers that record none) counts as a plain entry.
 */
export function entryKind(name: string, versionMadeBy: number, externalAttributes: number): EntryKind {
  if ((externalAttributes & DOS_REPARSE_POINT) !== 0) return 'link';
  if (versionMadeBy >>> 8 === UNIX_HOST) {
    const type = (externalAttributes >>> 16) & S_IFMT;
    if (type === S_IFLNK) return 'link';
    if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return 'special-file';
    if (type === S_IFDIR) return 'directory';
  }
  if (name.endsWith('/') || (externalAttributes & DOS_DIRECTORY) !== 0) return 'directory';
  return 'file';
}

export const kindProblem = (kind: EntryKind): EntryKindProblem | undefined =>
  kind === 'link' || kind === 'special-file' ? kind : undefined;

/** Device names Windows reserves in every folder, with or without an extension (`CON.txt`, `com1.json`). */
const RESERVED_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters Windows refuses in names, and every control character. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTER = /[<>:"|?*\u0000-\u001f\u007f-\u009f]/;
/** Text-direction overrides and isolates make a name read differently from what it is (`gpj.exe`). */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** A single name longer than this many UTF-8 bytes cannot be created on common file systems. */
const SEGMENT_MAX_BYTES = 255;
/** The whole entry path, kept well inside what Windows allows under a workspace folder. */
const PATH_MAX_CHARACTERS = 400;

/**
 * Whether an entry name may be written below a folder on Windows, macOS and Linux without leaving it
 * or meaning something else: relative, `/`-separated, no `..` or `.` or empty segment, no backslash,
 * no drive letter, no reserved device name, no character Windows forbids, no control or bidi
 * character, no segment ending in a dot or space (Windows drops them, so two names would collide).
 * A directory entry's trailing `/` is allowed.
 *
 * @example entryNameProblem('../../etc/passwd') // 'unsafe-path'
 * @example entryNameProblem('evidence/CON.png') // 'reserved-name'
 */
export function entryNameProblem(name: string): EntryNameProblem | undefined {
  if (name === '' || name.includes('\\') || name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'unsafe-path';
  if (name.length > PATH_MAX_CHARACTERS) return 'unsafe-path';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return 'unsafe-path';
    if (Buffer.byteLength(segment, 'utf8') > SEGMENT_MAX_BYTES) return 'unsafe-path';
    if (RESERVED_DEVICE.test(segment) || FORBIDDEN_CHARACTER.test(segment) || BIDI_CONTROL.test(segment)) return 'reserved-name';
    if (/[. ]$/.test(segment)) return 'reserved-name';
  }
  return undefined;
}

/**
 * The key under which two names are the same file on a case-insensitive or normalising file system
 * (Windows, macOS): `Case.json` and `case.json`, or `é` composed and decomposed.
 */
export const collisionKey = (name: string): string => name.normalize('NFC').toLowerCase();
