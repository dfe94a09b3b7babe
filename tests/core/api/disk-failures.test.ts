import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import { STAGING_DIR } from '../../../src/core/evidence/stage-copy';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import type { CaseListing, EvidenceListing, ImportReport } from '../../../src/shared/api/contract';
import { dispatch } from '../../../src/shared/api/dispatch';
import { sampleIntake } from '../sample-case';
import { tempDir } from '../temp-dir';
import { canMount, fillDisk, makeReadOnly, tinyDisk } from '../tiny-disk';

afterEach(() => vi.unstubAllEnvs());

async function workspaceOnTinyDisk(size?: string) {
  vi.stubEnv('CASEBOOK_CONFIG_DIR', tempDir());
  const disk = tinyDisk(size);
  const session = await WorkspaceSession.open(join(disk, 'ws'));
  const call = (channel: string, input: unknown) => dispatch(createHandlers(session), channel, input);
  return { disk, session, call };
}

/** A workspace on a tiny disk with one case, and a source file on the ordinary disk. */
async function caseOnTinyDisk(size?: string, sourceBytes = 64 * 1024) {
  const ws = await workspaceOnTinyDisk(size);
  const created = await ws.call('cases:create', { intake: sampleIntake() });
  if (!created.ok) throw new Error(created.error.message);
  const { id, folder } = created.value as { id: string; folder: string };
  const source = join(tempDir(), '录屏-未到账.mp4');
  writeFileSync(source, Buffer.alloc(sourceBytes, 5));
  const caseDir = join(ws.disk, 'ws', 'cases', folder);
  /** Nothing of the import is left: no original, no staging file, no item in evidence.json or the index. */
  const expectNothingImported = async () => {
    expect(readdirSync(join(caseDir, 'evidence'))).toEqual([]);
    expect(readdirSync(caseDir).includes(STAGING_DIR) ? readdirSync(join(caseDir, STAGING_DIR)) : []).toEqual([]);
    const listing = await ws.call('evidence:list', { caseId: id });
    expect(listing.ok && (listing.value as EvidenceListing).items).toEqual([]);
    const cases = await ws.call('cases:list', {});
    expect(cases.ok && (cases.value as CaseListing).cases.map((c) => c.evidenceCount)).toEqual([0]);
  };
  return { ...ws, id, folder, caseDir, source, expectNothingImported };
}

describe.skipIf(!canMount)('disk failures', () => {
  it('disk full: says so naming the file, leaves no case folder and no index entry', async () => {
    const { disk, session, call } = await workspaceOnTinyDisk();
    fillDisk(join(disk, 'filler'));
    const result = await call('cases:create', { intake: sampleIntake() });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('磁盘空间不足') } });
    if (!result.ok) expect(result.error.message).toContain(join(disk, 'ws', 'cases'));
    expect(readdirSync(join(disk, 'ws', 'cases'))).toEqual([]);
    expect(session.info()).toMatchObject({ caseCount: 0, damagedCount: 0 });
    session.close();
  });

  it('read-only case folder: refuses the edit naming the folder, and the case file is unchanged', async () => {
    const { disk, session, call } = await workspaceOnTinyDisk();
    const created = await call('cases:create', { intake: sampleIntake() });
    if (!created.ok) throw new Error(created.error.message);
    const { id, folder } = created.value as { id: string; folder: string };
    const folderPath = join(disk, 'ws', 'cases', folder);
    const before = readFileSync(join(folderPath, 'case.json'), 'utf8');
    makeReadOnly(folderPath);

    const result = await call('cases:set-status', { id, status: 'closed' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('只读') } });
    if (!result.ok) expect(result.error.message).toContain(folder);
    expect(readFileSync(join(folderPath, 'case.json'), 'utf8')).toBe(before);
    expect((await call('cases:get', { ref: id })).ok).toBe(true);
    session.close();
  });

  it('read-only workspace: opens for reading (list, show, verify, timeline), says so, and refuses changes naming the place', async () => {
    const { disk, session, call } = await workspaceOnTinyDisk();
    const created = await call('cases:create', { intake: sampleIntake() });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    session.close();
    execFileSync('mount', ['-o', 'remount,ro', disk]);

    const readOnly = await WorkspaceSession.open(join(disk, 'ws'));
    const handlers = createHandlers(readOnly);
    const ro = (channel: string, input: unknown) => dispatch(handlers, channel, input);
    expect(readOnly.info()).toMatchObject({ caseCount: 1, readOnly: true, indexInMemory: true });
    const listed = await ro('cases:list', {});
    expect(listed).toMatchObject({ ok: true, notices: [expect.stringContaining('只读')] });
    expect((await ro('cases:get', { ref: id })).ok).toBe(true);
    expect(await ro('evidence:verify', { caseId: id })).toMatchObject({ ok: true, value: { ok: true, problems: [] } });
    expect((await ro('timeline:get', { caseId: id })).ok).toBe(true);
    expect((await ro('letters:list', { caseId: id })).ok).toBe(true);
    const refused = await ro('cases:set-status', { id, status: 'closed' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('只读') } });
    if (!refused.ok) expect(refused.error.message).toContain(join(disk, 'ws', 'cases'));
    readOnly.close();
  });

  it('evidence onto a full disk: refused naming the file, nothing left behind, nothing indexed', async () => {
    const { session, call, id, source, expectNothingImported } = await caseOnTinyDisk();
    const result = await call('evidence:import-paths', { caseId: id, paths: [source] });
    expect(result).toEqual({
      ok: true,
      value: { imported: [], warnings: [], rejected: [{ file: source, code: 'io', message: expect.stringMatching(/^磁盘空间不足.*录屏-未到账\.mp4/) }] },
    });
    await expectNothingImported();
    session.close();
  });

  it('evidence when the disk fills up during the copy: refused naming the file, nothing left behind', async () => {
    const { session, disk, id, source, expectNothingImported } = await caseOnTinyDisk('40m', 8 * 1024 * 1024);
    let filled = false;
    const report: ImportReport = await session.evidence.importPaths({
      caseId: id,
      paths: [source],
      onProgress: () => {
        if (!filled) fillDisk(join(disk, 'another-program'));
        filled = true;
      },
    });
    expect(filled).toBe(true);
    expect(report.rejected).toEqual([{ file: source, code: 'io', message: expect.stringMatching(/^磁盘空间不足.*录屏-未到账\.mp4/) }]);
    await expectNothingImported();
    session.close();
  });

  it('evidence into a read-only case folder: a clear message naming the case folder, nothing indexed', async () => {
    const { session, call, id, folder, caseDir, source, expectNothingImported } = await caseOnTinyDisk('40m');
    makeReadOnly(caseDir);
    const result = await call('evidence:import-paths', { caseId: id, paths: [source] });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('只读') } });
    if (!result.ok) expect(result.error.message).toContain(folder);
    await expectNothingImported();
    session.close();
  });
});
