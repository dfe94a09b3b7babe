import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveLimits } from '../../../src/core/archive/safe-zip';
import { ArchiveRefusal } from '../../../src/core/archive/archive-refusal';
import { IMPORT_LIMITS } from '../../../src/core/transfer/unpack-case-archive';
import type { ArchiveRefusalReason } from '../../../src/shared/domain/archive';
import { entriesOf, localHeaderOffset, withCentralRecord, withEntryName, zipOf, type FixtureEntry } from '../archive/zip-fixtures';
import { createDossierCase } from '../dossier/dossier-case';
import { openApi, type OpenApi } from './open-api';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every path under `dir` with its size: what "nothing was written" is checked against. */
async function snapshot(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(path: string): Promise<void> {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      // The index's write-ahead files come and go with every open; they are not case data.
      if (/index\.sqlite-(wal|shm)$/.test(entry.name)) continue;
      if (entry.isDirectory()) await walk(full);
      else found.push(`${relative(dir, full)} ${(await stat(full)).size}`);
    }
  }
  await walk(dir);
  return found.sort();
}

/**
 * The hostile archives of issue #8 point 4, each made from a genuine case transfer archive: each one
 * is refused with its reason, and nothing appears anywhere under the scratch root (nor at the
 * absolute paths an entry names).
 */
// One real case (letters rendered to PDF) exported once: slow on a busy machine.
describe('case import refuses hostile archives, writing nothing', { timeout: 180_000 }, () => {
  let root: string;
  let target: OpenApi;
  let genuine: FixtureEntry[];
  let manifest: { files: { path: string; size: number; sha256: string }[]; auditHead: { sha256: string; lines: number } } & Record<string, unknown>;
  let before: string[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'casebook-hostile-'));
    const source = await openApi(root, 'source');
    let archive: string;
    try {
      const { id } = await createDossierCase(source);
      archive = (await source.session.transfer.exportCase(id, join(root, 'genuine.casebook.zip'))).archive;
    } finally {
      source.close();
    }
    genuine = await entriesOf(await readFile(archive));
    manifest = JSON.parse(genuine.find((entry) => entry.name === 'transfer-manifest.json')!.data.toString('utf8'));
    // The case is imported once, so the workspace is not empty: a refused import must leave it as it is.
    target = await openApi(root, 'target');
    await rm(join(root, 'source'), { recursive: true });
    before = await snapshot(root);
  });

  afterAll(async () => {
    target.close();
    await rm(root, { recursive: true, force: true });
  });

  const copy = () => genuine.map((entry) => ({ ...entry, data: Buffer.from(entry.data) }));
  /** The genuine entries with `manifest` rewritten to list them as they now are (so only the attack itself stands out). */
  function relisted(entries: FixtureEntry[], edit: (files: typeof manifest.files) => typeof manifest.files = (files) => files): FixtureEntry[] {
    const files = edit(entries.filter((entry) => entry.name !== 'transfer-manifest.json').map((entry) => ({ path: entry.name, size: entry.data.length, sha256: sha256(entry.data) })));
    return entries.map((entry) => (entry.name === 'transfer-manifest.json' ? { ...entry, data: Buffer.from(JSON.stringify({ ...manifest, files })) } : entry));
  }
  const entry = (entries: FixtureEntry[], name: string) => entries.find((candidate) => candidate.name === name)!;
  const original = (entries: FixtureEntry[]) => entries.find((candidate) => /^evidence\/[^/]+\.png$/.test(candidate.name))!;

  async function expectRefused(name: string, bytes: Buffer, reason: ArchiveRefusalReason, entryName?: string, limits?: ArchiveLimits): Promise<void> {
    // Inside the scratch root too (and gone again before the snapshot), so the root is all that is written to.
    const path = join(root, name);
    await writeFile(path, bytes);
    try {
      const attempt = target.session.transfer.importCase(path, limits ? { limits } : {});
      await expect(attempt).rejects.toBeInstanceOf(ArchiveRefusal);
      const refusal = (await attempt.catch((error: unknown) => error)) as ArchiveRefusal;
      expect(refusal.reason).toBe(reason);
      if (entryName !== undefined) expect(refusal.entry).toBe(entryName);
      expect(refusal.message).toContain(name);
    } finally {
      await rm(path);
    }
    expect(await snapshot(root)).toEqual(before);
  }

  it('imports the genuine archive (the corpus is built from something that works)', async () => {
    const scratch = await openApi(root, 'control');
    try {
      const path = join(root, 'control.zip');
      await writeFile(path, await zipOf(genuine));
      const imported = await scratch.session.transfer.importCase(path);
      expect(imported.files).toBe(manifest.files.length);
    } finally {
      scratch.close();
      await rm(join(root, 'control'), { recursive: true });
      await rm(join(root, 'control-config'), { recursive: true, force: true });
      await rm(join(root, 'control.zip'));
    }
    expect(await snapshot(root)).toEqual(before);
  });

  it('refuses .., absolute, drive-letter and backslash paths', async () => {
    const add = async (placeholder: string, hostile: string) => withEntryName(await zipOf([...copy(), { name: placeholder, data: Buffer.from('escaped') }]), placeholder, hostile);
    await expectRefused('dotdot.zip', await add('ZZ/ZZ/escaped.txt', '../../escaped.txt'), 'unsafe-path', '../../escaped.txt');
    await expectRefused('absolute.zip', await add('Xtmp/casebook-escaped.txt', '/tmp/casebook-escaped.txt'), 'unsafe-path');
    await expectRefused('drive.zip', await add('Cx/escaped.txt', 'C:/escaped.txt'), 'unsafe-path');
    await expectRefused('backslash.zip', await add('evidenceXescaped.txt', 'evidence\\escaped.txt'), 'unsafe-path');
    expect(existsSync(join(root, '..', 'escaped.txt'))).toBe(false);
    expect(existsSync('/tmp/casebook-escaped.txt')).toBe(false);
  });

  it('refuses symbolic links and device files', async () => {
    await expectRefused('symlink.zip', await zipOf([...copy(), { name: 'evidence/link.png', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]), 'link', 'evidence/link.png');
    await expectRefused('device.zip', await zipOf([...copy(), { name: 'evidence/tty', data: Buffer.alloc(0), mode: 0o020620 }]), 'special-file', 'evidence/tty');
    await expectRefused('fifo.zip', await zipOf([...copy(), { name: 'evidence/pipe', data: Buffer.alloc(0), mode: 0o010644 }]), 'special-file');
    // A link recorded as a Windows reparse point by a DOS-made archive.
    const windows = withCentralRecord(await zipOf([...copy(), { name: 'evidence/junction', data: Buffer.from('C:/Windows') }]), 'evidence/junction', { versionMadeBy: 20, externalAttributes: 0x400 });
    await expectRefused('reparse.zip', windows, 'link', 'evidence/junction');
  });

  it('refuses names Windows reserves', async () => {
    await expectRefused('con.zip', await zipOf([...copy(), { name: 'evidence/CON.png', data: Buffer.from('x') }]), 'reserved-name', 'evidence/CON.png');
    await expectRefused('lpt.zip', await zipOf([...copy(), { name: 'letters/lpt1', data: Buffer.from('x') }]), 'reserved-name');
    await expectRefused('colon.zip', await zipOf([...copy(), { name: 'evidence/a:b.png', data: Buffer.from('x') }]), 'reserved-name');
    await expectRefused('bidi.zip', await zipOf([...copy(), { name: 'evidence/invoice\u202egnp.exe', data: Buffer.from('x') }]), 'reserved-name');
  });

  it('refuses names that differ only in case or Unicode normalisation', async () => {
    await expectRefused('case.zip', await zipOf([...copy(), { name: 'CASE.json', data: Buffer.from('{}') }]), 'duplicate', 'CASE.json');
    const nfc = 'evidence/\u00e9crit.png';
    const nfd = 'evidence/e\u0301crit.png';
    await expectRefused('nfd.zip', await zipOf([...copy(), { name: nfc, data: Buffer.from('a') }, { name: nfd, data: Buffer.from('b') }]), 'duplicate', nfd);
    // A file where another entry needs a folder of the same name.
    await expectRefused('file-folder.zip', await zipOf([...copy(), { name: 'Evidence', data: Buffer.from('x') }]), 'duplicate', 'Evidence');
  });

  it('refuses more entries or more bytes than the limits, before unpacking anything', async () => {
    const zip = await zipOf(copy());
    await expectRefused('many.zip', zip, 'too-many-entries', undefined, { ...IMPORT_LIMITS, maxEntries: genuine.length - 1 });
    const total = genuine.reduce((sum, file) => sum + file.data.length, 0);
    await expectRefused('big.zip', zip, 'too-large', undefined, { ...IMPORT_LIMITS, maxTotalBytes: total - 1 });
  });

  it('refuses an entry that holds more than it declares (a zip bomb), while streaming it', async () => {
    // 8 MiB of zeros deflate to a few KB; the central directory claims 100 bytes, and so does the manifest.
    const bomb = Buffer.alloc(8 * 1024 * 1024);
    const entries = relisted([...copy(), { name: 'letters/bomb.txt', data: bomb }], (files) =>
      files.map((file) => (file.path === 'letters/bomb.txt' ? { ...file, size: 100, sha256: sha256(bomb.subarray(0, 100)) } : file)),
    );
    const lying = withCentralRecord(await zipOf(entries), 'letters/bomb.txt', { uncompressedSize: 100 });
    await expectRefused('bomb.zip', lying, 'size-mismatch', 'letters/bomb.txt');
    // And one that holds less than it declares.
    const short = relisted([...copy(), { name: 'letters/short.txt', data: Buffer.from('short') }], (files) =>
      files.map((file) => (file.path === 'letters/short.txt' ? { ...file, size: 500 } : file)),
    );
    await expectRefused('short.zip', withCentralRecord(await zipOf(short), 'letters/short.txt', { uncompressedSize: 500 }), 'size-mismatch', 'letters/short.txt');
  });

  it('refuses entries that share their data', async () => {
    const zip = await zipOf(relisted([...copy(), { name: 'letters/copy.txt', data: Buffer.from('{}') }]));
    const shared = withCentralRecord(zip, 'letters/copy.txt', { localHeaderOffset: localHeaderOffset(zip, 'case.json') });
    await expectRefused('overlap.zip', shared, 'overlapping');
  });

  it('refuses an archive that does not match its manifest', async () => {
    await expectRefused('extra.zip', await zipOf([...copy(), { name: 'evidence/extra.png', data: Buffer.from('x') }]), 'manifest-mismatch', 'evidence/extra.png');
    const missing = copy().filter((candidate) => candidate !== original(genuine) && candidate.name !== original(genuine).name);
    await expectRefused('missing.zip', await zipOf(missing), 'manifest-mismatch', original(genuine).name);
    await expectRefused('no-manifest.zip', await zipOf(copy().filter((candidate) => candidate.name !== 'transfer-manifest.json')), 'manifest-missing');
    const garbled = copy().map((candidate) => (candidate.name === 'transfer-manifest.json' ? { ...candidate, data: Buffer.from('{"format":"casebook-case"') } : candidate));
    await expectRefused('garbled.zip', await zipOf(garbled), 'manifest-invalid');
    await expectRefused('hidden.zip', await zipOf(relisted([...copy(), { name: '.staging/01J.part', data: Buffer.from('x') }])), 'unexpected-entry', '.staging/01J.part');
    await expectRefused('not-zip.zip', Buffer.from('PK\u0003\u0004 not really a zip'), 'not-zip');
  });

  it('refuses a tampered original, whether or not the manifest was recomputed to match', async () => {
    const flipped = copy();
    original(flipped).data[100]! ^= 0xff;
    await expectRefused('tampered.zip', await zipOf(flipped), 'tampered', original(genuine).name);
    // The manifest agrees with the changed file, but evidence.json and the audit log hold the import hash.
    await expectRefused('recomputed.zip', await zipOf(relisted(flipped)), 'case-damaged');
  });

  it('refuses an audit log that was cut short or does not end at the recorded chain head', async () => {
    const cut = copy();
    const audit = entry(cut, 'audit.jsonl');
    audit.data = Buffer.from(`${audit.data.toString('utf8').trimEnd().split('\n').slice(0, -1).join('\n')}\n`);
    await expectRefused('audit-cut.zip', await zipOf(relisted(cut)), 'audit-mismatch', 'audit.jsonl');
  });
});
