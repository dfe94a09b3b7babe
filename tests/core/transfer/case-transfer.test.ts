import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAudit } from '../../../src/core/audit/audit-log';
import { verifyArchive } from '../../../src/core/archive/verify-archive';
import { stagingRoot } from '../../../src/core/transfer/staging';
import type { EvidenceListing, LetterRecord, TimelineView } from '../../../src/shared/api/contract';
import type { CaseDetail } from '../../../src/shared/domain/case';
import type { LetterBuild } from '../../../src/shared/domain/letter-document';
import { LETTER_KINDS } from '../../../src/shared/domain/letters';
import type { VerifyReport } from '../../../src/shared/domain/integrity';
import { createDossierCase } from '../dossier/dossier-case';
import { tempDir } from '../temp-dir';
import { openedPerTest, type OpenApi } from './open-api';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** What a person sees of a case, in every form the app shows or generates it. */
async function caseViews(api: OpenApi, id: string) {
  const { record } = await api.call<CaseDetail>('cases:get', { ref: id });
  const evidence = await api.call<EvidenceListing>('evidence:list', { caseId: id });
  const timeline = await api.call<TimelineView>('timeline:get', { caseId: id });
  const letters = await api.call<LetterRecord[]>('letters:list', { caseId: id });
  const documents: Record<string, LetterBuild> = {};
  for (const kind of LETTER_KINDS) documents[kind] = await api.call<LetterBuild>('letters:generate', { caseId: id, kind });
  return { record, evidence, timeline, letters, documents };
}

// Real cases with letters rendered to PDF, exported and imported between two workspaces: slow on a busy machine.
describe('case transfer', { timeout: 180_000 }, () => {
  const open = openedPerTest();

  it('moves a case to another workspace where verify passes and every document regenerates identically', async () => {
    const root = tempDir('casebook-transfer-');
    const source = await open(root, 'source');
    const { id, folder } = await createDossierCase(source);
    const out = join(root, 'out');
    await mkdir(out);
    const exported = await source.session.transfer.exportCase(id, out);
    expect(exported.archive).toBe(join(out, `${folder}.casebook.zip`));
    expect(exported.sha256).toBe(sha256(exported.archive));
    // The archive verifies on its own, and its export is in the case's history.
    expect(await verifyArchive(exported.archive)).toMatchObject({ ok: true, format: 'casebook-case', caseId: id });
    const sourceAudit = await readAudit(join(source.workspace, 'cases', folder));
    expect(JSON.parse(sourceAudit.at(-1)!)).toMatchObject({ action: 'export', sha256: exported.sha256, detail: { kind: 'case-transfer' } });

    const target = await open(root, 'target');
    const imported = await target.session.transfer.importCase(exported.archive);
    expect(imported).toMatchObject({ id, folder, originalFolder: folder, files: exported.files });
    expect(await target.call<VerifyReport>('evidence:verify', { caseId: id })).toMatchObject({ ok: true, problems: [] });
    expect(await caseViews(target, id)).toEqual(await caseViews(source, id));

    // The chain goes on: the exported history, then one line saying where the case came from.
    const targetAudit = await readAudit(imported.path);
    expect(targetAudit.slice(0, -1)).toEqual(sourceAudit.slice(0, -1));
    expect(JSON.parse(targetAudit.at(-1)!)).toMatchObject({ seq: sourceAudit.length, action: 'case.import', target: id, detail: { fromFolder: folder, archive: `${folder}.casebook.zip` } });
    // Originals arrive read-only and byte for byte; dossiers made on the old computer stay there.
    for (const item of (await target.call<EvidenceListing>('evidence:list', { caseId: id })).items) {
      expect(sha256(join(imported.path, item.storedPath))).toBe(item.sha256);
      expect(statSync(join(imported.path, item.storedPath)).mode & 0o222).toBe(0);
    }
    expect(readdirSync(join(imported.path, 'exports'))).toEqual([]);
    expect(readdirSync(stagingRoot(target.workspace))).toEqual([]);
  });

  it('gives the case the next free folder name when its name is taken', async () => {
    const root = tempDir('casebook-transfer-');
    const source = await open(root, 'source');
    const { id, folder } = await source.call<{ id: string; folder: string }>('cases:create', { intake: (await import('../sample-case')).sampleIntake() });
    const { archive } = await source.session.transfer.exportCase(id, join(root, 'case.zip'));
    const target = await open(root, 'target');
    await mkdir(join(target.workspace, 'cases', folder));
    const imported = await target.session.transfer.importCase(archive);
    expect(imported.folder).toBe(`${folder}-2`);
    expect((await target.call<CaseDetail>('cases:get', { ref: id })).folder).toBe(`${folder}-2`);
  });

  it('refuses to export over an existing file, and a case that fails verify', async () => {
    const root = tempDir('casebook-transfer-');
    const source = await open(root, 'source');
    const { id, folder } = await createDossierCase(source);
    const taken = join(root, 'taken.zip');
    writeFileSync(taken, 'mine');
    await expect(source.session.transfer.exportCase(id, taken)).rejects.toThrow('已存在');
    expect(readFileSync(taken, 'utf8')).toBe('mine');

    const { items } = await source.call<EvidenceListing>('evidence:list', { caseId: id });
    const changed = join(source.workspace, 'cases', folder, items[0]!.storedPath);
    chmodSync(changed, 0o644);
    writeFileSync(changed, 'altered', { flag: 'a' });
    const out = join(root, 'damaged.zip');
    await expect(source.session.transfer.exportCase(id, out)).rejects.toThrow('未通过完整性核验');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
