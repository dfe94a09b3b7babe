import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAudit, verifyAuditChain } from '../../../src/core/audit/audit-log';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import type { CaseListing } from '../../../src/shared/api/contract';
import { useApiSession } from '../api/api-session';
import { sampleIntake } from '../sample-case';
import { tempDir } from '../temp-dir';

const api = useApiSession();
const { call, callRaw } = api;

async function trashedCase(title: string, idNumber = '11010519491231002X') {
  const intake = sampleIntake();
  const created = await call<{ id: string; folder: string }>('cases:create', { intake: { ...intake, title, complainant: { ...intake.complainant, idNumber } } });
  const file = join(tempDir(), '订单截图.txt');
  writeFileSync(file, `订单 ${title}`);
  await call('evidence:import-paths', { caseId: created.id, paths: [file] });
  await call('cases:set-lifecycle', { id: created.id, lifecycle: 'trashed' });
  return created;
}

const workspaceLog = () => readAudit(join(api.workspace, '.casebook'));
const caseFolders = () => readdirSync(join(api.workspace, 'cases'));

describe('emptying the trash', () => {
  it('deletes a trashed case for good, logs it in the workspace audit log without personal data, and forgets it', async () => {
    const gone = await trashedCase('要删除的案件');
    const kept = await trashedCase('留着的案件');

    const { purged } = await call<{ purged: unknown[] }>('cases:purge', { ids: [gone.id] });
    expect(purged).toEqual([{ id: gone.id, folder: gone.folder, title: '要删除的案件' }]);
    expect(caseFolders()).toEqual([kept.folder]);
    expect(readdirSync(join(api.workspace, '.casebook', 'purging'))).toEqual([]);
    const trash = await call<CaseListing>('cases:list', { view: 'trashed' });
    expect(trash.cases.map((c) => c.id)).toEqual([kept.id]);
    expect((await callRaw('cases:get', { ref: gone.id })).ok).toBe(false);

    const lines = await workspaceLog();
    expect(verifyAuditChain(lines)).toBeUndefined();
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ seq: 1, action: 'case.purge', target: gone.id, detail: { folder: gone.folder, title: '要删除的案件', evidenceFiles: 1 } });
    expect(entry.detail.files).toBeGreaterThanOrEqual(4);
    expect(lines.join('\n')).not.toContain('11010519491231002X');
  });

  it('empties the whole trash, chaining one log line per case', async () => {
    await trashedCase('一');
    await trashedCase('二');
    const { purged } = await call<{ purged: unknown[] }>('cases:purge', { allTrashed: true });
    expect(purged).toHaveLength(2);
    expect(caseFolders()).toEqual([]);
    const lines = await workspaceLog();
    expect(lines).toHaveLength(2);
    expect(verifyAuditChain(lines)).toBeUndefined();
  });

  it('refuses a case that is not in the trash, and deletes nothing', async () => {
    const { id, folder } = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    const refused = await callRaw('cases:purge', { ids: [id] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('不在回收站中') } });
    expect(caseFolders()).toEqual([folder]);
    expect(await workspaceLog()).toEqual([]);
  });

  it('finishes a purge a crash interrupted after the folder left cases/: logs it once, removes it', async () => {
    const root = tempDir();
    const parked = join(root, '.casebook', 'purging', '01JPURGE0000000000000000AA');
    mkdirSync(join(parked, 'evidence'), { recursive: true });
    writeFileSync(join(parked, 'case.json'), '{}');
    const environment = { env: { CASEBOOK_CONFIG_DIR: join(root, 'config') } };
    const session = await WorkspaceSession.open(root, environment);
    session.close();
    expect(existsSync(parked)).toBe(false);
    const lines = await readAudit(join(root, '.casebook'));
    expect(lines.map((line) => JSON.parse(line).detail)).toEqual([{ purgeId: '01JPURGE0000000000000000AA', recovered: true }]);

    // A purge logged before the crash is not logged twice.
    mkdirSync(parked);
    (await WorkspaceSession.open(root, environment)).close();
    expect(await readAudit(join(root, '.casebook'))).toHaveLength(1);
  });
});
