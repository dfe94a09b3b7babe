import yauzl from 'yauzl';
import { ZipFile } from 'yazl';

/** An entry to write: its data, and optionally the Unix mode yazl records (a link, a device …). */
export interface FixtureEntry {
  name: string;
  data: Buffer;
  mode?: number;
  compress?: boolean;
}

/** A zip archive written by yazl, as Casebook writes them (UTF-8 names flagged). */
export function zipOf(entries: readonly FixtureEntry[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of entries) {
    zip.addBuffer(entry.data, entry.name, { compress: entry.compress ?? true, mtime: new Date('2024-06-12T07:30:00Z'), ...(entry.mode === undefined ? {} : { mode: entry.mode }) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Every file of an archive with its data, in archive order (for rewriting a real archive with a change). */
export async function entriesOf(zipBytes: Buffer): Promise<FixtureEntry[]> {
  const zip = await yauzl.fromBufferPromise(zipBytes);
  const entries: FixtureEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  return entries;
}

/**
 * Renames an entry in the written bytes (its local header and central directory record), for names
 * yazl refuses to write (`..`, absolute paths, backslashes): the new name must have the same length
 * in bytes, so no offset moves.
 */
export function withEntryName(zipBytes: Buffer, from: string, to: string): Buffer {
  const old = Buffer.from(from, 'utf8');
  const replacement = Buffer.from(to, 'utf8');
  if (old.length !== replacement.length) throw new Error('names must have the same byte length');
  const patched = Buffer.from(zipBytes);
  let found = 0;
  for (let at = patched.indexOf(old); at >= 0; at = patched.indexOf(old, at + old.length)) {
    replacement.copy(patched, at);
    found++;
  }
  if (found !== 2) throw new Error(`expected the name twice (local header and central directory), found it ${found} times`);
  return patched;
}

const CENTRAL_HEADER = 0x02014b50;

/** Where the central directory record of an entry begins (yauzl reads only these records). */
function centralRecord(zipBytes: Buffer, name: string): number {
  const wanted = Buffer.from(name, 'utf8');
  for (let at = 0; at + 46 <= zipBytes.length; at++) {
    if (zipBytes.readUInt32LE(at) !== CENTRAL_HEADER) continue;
    const nameLength = zipBytes.readUInt16LE(at + 28);
    if (zipBytes.subarray(at + 46, at + 46 + nameLength).equals(wanted)) return at;
  }
  throw new Error(`no central directory record for ${name}`);
}

/** Edits the central directory record of one entry: its declared size, its attributes, where its data is. */
export function withCentralRecord(
  zipBytes: Buffer,
  name: string,
  edit: { uncompressedSize?: number; externalAttributes?: number; versionMadeBy?: number; localHeaderOffset?: number },
): Buffer {
  const patched = Buffer.from(zipBytes);
  const at = centralRecord(patched, name);
  if (edit.versionMadeBy !== undefined) patched.writeUInt16LE(edit.versionMadeBy, at + 4);
  if (edit.uncompressedSize !== undefined) patched.writeUInt32LE(edit.uncompressedSize, at + 24);
  if (edit.externalAttributes !== undefined) patched.writeUInt32LE(edit.externalAttributes >>> 0, at + 38);
  if (edit.localHeaderOffset !== undefined) patched.writeUInt32LE(edit.localHeaderOffset, at + 42);
  return patched;
}

/** The offset of an entry's local header, as its central directory record gives it. */
export const localHeaderOffset = (zipBytes: Buffer, name: string): number => zipBytes.readUInt32LE(centralRecord(zipBytes, name) + 42);
