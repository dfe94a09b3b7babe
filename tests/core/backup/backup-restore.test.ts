import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ArchiveRefusal } from '../../../src/core/archive/archive-refusal';
import { verifyArchive } from '../../../src/core/archive/verify-archive';
import { restoreBackup } from '../../../src/core/backup/restore-backup';
import { verifyRestored } from '../../../src/core/backup/verify-restored';
import type { CaseListing } from '../../../src/shared/api/contract';
import { sampleIntake } from '../sample-case';
import { createDossierCase } from '../dossier/dossier-case';
import { entriesOf, zipOf } from '../archive/zip-fixtures';
import { tempDir } from '../temp-dir';
import { openedPerTest, type OpenApi } from '../transfer/open-api';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under a case folder with its SHA-256, for comparing two copies of a workspace. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) Object.assign(found, tree(dir, path));
    else found[path] = sha256(readFileSync(join(dir, path)));
  }
  return found;
}

// Two real cases (letters rendered to PDF), backed up and restored: slow on a busy machine.
describe('workspace backup and restore', { timeout: 180_000 }, () => {
  const open = openedPerTest();

  it('restores every case into an empty workspace, where each one verifies and reads as before', async () => {
    const root = tempDir('casebook-backup-');
    const source = await open(root, 'source');
    const first = await createDossierCase(source);
    const second = await source.call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    await source.session.dossier.make(first.id, join(source.workspace, 'cases', first.folder, 'exports'));
    expect((await source.session.backup.status()).due).toBe(true);

    const out = join(root, 'backups');
    mkdirSync(out);
    const backup = await source.session.backup.backup(out);
    expect(backup).toMatchObject({ cases: 2, index: 'ok' });
    expect(backup.archive).toMatch(/Casebook备份-\d{8}-\d{4}\.zip$/);
    expect(sha256(readFileSync(backup.archive))).toBe(backup.sha256);
    expect(await verifyArchive(backup.archive)).toMatchObject({ ok: true, format: 'casebook-backup', problems: [] });
    // The reminder is satisfied, and remembers where the backup went.
    expect(await source.session.backup.status()).toMatchObject({ due: false, daysSince: 0, lastBackup: { archive: backup.archive, cases: 2 } });
    // The index copy in the backup is a sound SQLite database listing both cases.
    const indexEntry = (await entriesOf(readFileSync(backup.archive))).find((entry) => entry.name === 'index.sqlite')!;
    const copy = join(root, 'index-copy.sqlite');
    writeFileSync(copy, indexEntry.data);
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(2);
    db.close();

    const target = join(root, 'restored');
    const restored = await restoreBackup(target, backup.archive);
    expect(restored.index).toBe('restored');
    const api = await open(root, 'restored');
    const outcome = await verifyRestored(api.session, restored);
    expect(outcome).toMatchObject({ ok: true, workspace: target, index: 'restored' });
    expect(outcome.cases.map((entry) => [entry.folder, entry.ok]).sort()).toEqual([[first.folder, true], [second.folder, true]].sort());
    // Byte for byte the same folders (the exported dossier included), the same listing.
    for (const folder of [first.folder, second.folder]) expect(tree(join(target, 'cases', folder))).toEqual(tree(join(source.workspace, 'cases', folder)));
    const listing = async (api: OpenApi) => (await api.call<CaseListing>('cases:list', { view: 'active' })).cases.sort((a, b) => a.id.localeCompare(b.id));
    // (The source's index is brought up to date first: making a dossier does not touch its activity time.)
    await source.session.rebuildIndex();
    expect(await listing(api)).toEqual(await listing(source));
    expect(readdirSync(join(target, '.casebook', 'staging'))).toEqual([]);
    expect(await api.session.backup.status()).toMatchObject({ due: false, lastBackup: { restored: true, cases: 2 } });
  });

  it('refuses a non-empty workspace and a tampered backup, leaving the folder as it was', async () => {
    const root = tempDir('casebook-backup-');
    const source = await open(root, 'source');
    await source.call('cases:create', { intake: sampleIntake() });
    const { archive } = await source.session.backup.backup(join(root, 'b.zip'));

    const occupied = join(root, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'notes.txt'), 'mine');
    await expect(restoreBackup(occupied, archive)).rejects.toThrow('不是空的');
    expect(readdirSync(occupied)).toEqual(['notes.txt']);

    const entries = await entriesOf(await readFile(archive));
    const caseFile = entries.find((entry) => entry.name.endsWith('/case.json'))!;
    caseFile.data = Buffer.from(caseFile.data.toString('utf8').replace('"', ' "'));
    const tampered = join(root, 'tampered.zip');
    await writeFile(tampered, await zipOf(entries));
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const attempt = restoreBackup(empty, tampered);
    await expect(attempt).rejects.toBeInstanceOf(ArchiveRefusal);
    await expect(attempt).rejects.toMatchObject({ reason: 'manifest-mismatch' });
    expect(readdirSync(empty)).toEqual([]);
    // Same size, different bytes: the hash catches it.
    caseFile.data = Buffer.from(caseFile.data.toString('utf8').replace(' "', '"').replace('"', "'"));
    await writeFile(tampered, await zipOf(entries));
    await expect(restoreBackup(join(root, 'fresh'), tampered)).rejects.toMatchObject({ reason: 'tampered' });
    expect(existsSync(join(root, 'fresh'))).toBe(false);

    // A file the manifest lists but the layout has no place for (here: beside the workspace's folders).
    const stray = { name: 'autorun.inf', data: Buffer.from('[autorun]') };
    const manifest = JSON.parse(entries[0]!.data.toString('utf8')) as { files: { path: string; size: number; sha256: string }[] };
    manifest.files.push({ path: stray.name, size: stray.data.length, sha256: sha256(stray.data) });
    const original = (await entriesOf(await readFile(archive))).slice(1);
    await writeFile(tampered, await zipOf([{ name: 'backup-manifest.json', data: Buffer.from(JSON.stringify(manifest)) }, ...original, stray]));
    await expect(restoreBackup(join(root, 'fresh'), tampered)).rejects.toMatchObject({ reason: 'manifest-mismatch', entry: 'autorun.inf' });
    expect(existsSync(join(root, 'fresh'))).toBe(false);
  });

  it('turns the reminder off and on, and only reminds a workspace that has cases', async () => {
    const root = tempDir('casebook-backup-');
    const api = await open(root, 'workspace');
    expect((await api.session.backup.status()).due).toBe(false);
    await api.call('cases:create', { intake: sampleIntake() });
    expect(await api.session.backup.status()).toMatchObject({ due: true, reminderDays: 30 });
    expect(await api.session.backup.setReminder(null)).toMatchObject({ due: false, reminderDays: null });
    expect(JSON.parse(readFileSync(join(api.workspace, '.casebook', 'backup.json'), 'utf8'))).toEqual({ reminderDays: null });
    expect(await api.session.backup.setReminder(7)).toMatchObject({ due: true, reminderDays: 7 });
  });
});
