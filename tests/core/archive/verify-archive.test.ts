import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyArchive } from '../../../src/core/archive/verify-archive';
import { createDossierCase } from '../dossier/dossier-case';
import { openApi } from '../transfer/open-api';
import { entriesOf, zipOf, type FixtureEntry } from './zip-fixtures';

// One real dossier (PDF rendering) for all the checks: slow on a busy machine.
describe('verify <dossier archive>', { timeout: 180_000 }, () => {
  let root: string;
  let original: Buffer;
  let entries: FixtureEntry[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'casebook-verify-archive-'));
    const api = await openApi(root);
    try {
      const { id } = await createDossierCase(api);
      original = await readFile((await api.session.dossier.make(id, join(root, 'out'))).zip);
    } finally {
      api.close();
    }
    entries = await entriesOf(original);
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  /** The dossier archive rewritten with `edit` applied to its entries. */
  async function variant(name: string, edit: (entries: FixtureEntry[]) => FixtureEntry[]): Promise<string> {
    const path = join(root, name);
    await writeFile(path, await zipOf(edit(entries.map((entry) => ({ ...entry, data: Buffer.from(entry.data) })))));
    return path;
  }

  const exhibit = (list: FixtureEntry[]) => list.find((entry) => entry.name.startsWith('证据01-'))!;

  it('passes the archive as the dossier wrote it, checking every listed file', async () => {
    const path = join(root, 'as-written.zip');
    await writeFile(path, original);
    const report = await verifyArchive(path);
    expect(report).toMatchObject({ ok: true, archive: path, format: 'casebook-dossier', problems: [] });
    // Every file but the two manifests is hashed; manifest.json is itself listed in SHA256SUMS.
    expect(report.checked).toBe(entries.length - 1);
  });

  it('finds a flipped byte in an original', async () => {
    const path = await variant('flipped.zip', (list) => {
      const target = exhibit(list);
      target.data[Math.floor(target.data.length / 2)]! ^= 0x01;
      return list;
    });
    const report = await verifyArchive(path);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ kind: 'modified', name: exhibit(entries).name, expected: expect.stringMatching(/^[0-9a-f]{64}$/), actual: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });

  it('finds a missing file and an extra file', async () => {
    const path = await variant('missing-extra.zip', (list) => [
      ...list.filter((entry) => entry !== exhibit(list)),
      { name: '证据99-补充.png', data: Buffer.from('not part of the dossier') },
    ]);
    const report = await verifyArchive(path);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { kind: 'missing', name: exhibit(entries).name },
        { kind: 'extra', name: '证据99-补充.png' },
      ]),
    );
    expect(report.problems).toHaveLength(2);
  });

  it('finds an audit log cut short even when its hash was recomputed in both manifests', async () => {
    const path = await variant('audit-cut.zip', (list) => {
      const audit = list.find((entry) => entry.name === 'audit.jsonl')!;
      const oldHash = sha256(audit.data);
      const lines = audit.data.toString('utf8').trimEnd().split('\n');
      audit.data = Buffer.from(`${lines.slice(0, -1).join('\n')}\n`);
      const newHash = sha256(audit.data);
      const sums = list.find((entry) => entry.name === 'SHA256SUMS')!;
      sums.data = Buffer.from(sums.data.toString('utf8').replace(oldHash, newHash));
      const manifest = list.find((entry) => entry.name === 'manifest.json')!;
      const parsed = JSON.parse(manifest.data.toString('utf8')) as { files: { role: string; size?: number; sha256?: string }[] };
      Object.assign(parsed.files.find((file) => file.role === 'audit')!, { size: audit.data.length, sha256: newHash });
      manifest.data = Buffer.from(`${JSON.stringify(parsed, null, 2)}\n`);
      sums.data = Buffer.from(sums.data.toString('utf8').replace(/^[0-9a-f]{64}(?= {2}manifest\.json$)/m, sha256(manifest.data)));
      return list;
    });
    const report = await verifyArchive(path);
    expect(report.problems).toEqual([{ kind: 'audit', name: 'audit.jsonl', reason: 'head' }]);
  });

  it('reports a file that is not a zip archive as unreadable', async () => {
    const path = join(root, 'not-a-zip.zip');
    await writeFile(path, 'PK but not really');
    const report = await verifyArchive(path);
    expect(report).toMatchObject({ ok: false, checked: 0, problems: [{ kind: 'unreadable', reason: 'not-zip' }] });
  });
});

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
