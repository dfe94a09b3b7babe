import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAudit, verifyAuditChain } from '../../../src/core/audit/audit-log';
import type { CaseListing, WorkspaceInfo } from '../../../src/shared/api/contract';
import type { CaseDetail } from '../../../src/shared/domain/case';
import { sampleIntake } from '../sample-case';
import { tempDir } from '../temp-dir';
import { useApiSession } from './api-session';

const api = useApiSession();
const { call, callRaw } = api;

describe('handlers through dispatch', () => {
  it('create → list → get → update → set-status → archive → trash → restore', async () => {
    const created = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    expect(created.folder).toBe('20240520-星耀卡盟-KM20240520143208001');
    const folderPath = join(api.workspace, 'cases', created.folder);
    expect(readdirSync(folderPath).sort()).toEqual(['audit.jsonl', 'case.json', 'evidence', 'exports', 'letters']);

    const listing = await call<CaseListing>('cases:list', {});
    expect(listing.damaged).toEqual([]);
    expect(listing.cases).toEqual([
      expect.objectContaining({
        id: created.id,
        folder: created.folder,
        title: '星耀卡盟 王者荣耀点券卡密无效',
        platformName: '星耀卡盟',
        product: '王者荣耀 1000 点券卡密',
        orderNumber: 'KM20240520143208001',
        amountPaidFen: 9800,
        status: 'preparing',
        lifecycle: 'active',
      }),
    ]);

    const byId = await call<CaseDetail>('cases:get', { ref: created.id.toLowerCase() });
    const byFolder = await call<CaseDetail>('cases:get', { ref: created.folder });
    expect(byFolder).toEqual(byId);
    expect(byId.path).toBe(folderPath);
    expect(byId.record).toMatchObject({ schemaVersion: 4, status: 'preparing', lifecycle: 'active' });
    expect(byId.record.createdAt).toMatch(/\+08:00$/);

    const intake = sampleIntake();
    intake.order.amountPaid = '¥1,098.50';
    intake.title = '星耀卡盟 卡密无效（已补充金额）';
    const updated = await call<CaseDetail>('cases:update', { id: created.id, intake });
    expect(updated.record.order.amountPaidFen).toBe(109850);
    expect(updated.folder).toBe(created.folder);
    expect(JSON.parse(readFileSync(join(folderPath, 'case.json'), 'utf8'))).toEqual(updated.record);

    const negotiating = await call<CaseDetail>('cases:set-status', { id: created.id, status: 'negotiating' });
    expect(negotiating.record.status).toBe('negotiating');
    expect((await call<CaseListing>('cases:list', { status: 'negotiating' })).cases).toHaveLength(1);
    expect((await call<CaseListing>('cases:list', { status: 'preparing' })).cases).toHaveLength(0);

    await call('cases:set-lifecycle', { id: created.id, lifecycle: 'archived' });
    expect((await call<CaseListing>('cases:list', { view: 'active' })).cases).toHaveLength(0);
    expect((await call<CaseListing>('cases:list', { view: 'archived' })).cases).toHaveLength(1);

    await call('cases:set-lifecycle', { id: created.id, lifecycle: 'trashed' });
    expect((await call<CaseListing>('cases:list', { view: 'trashed' })).cases).toHaveLength(1);
    expect(existsSync(join(folderPath, 'case.json'))).toBe(true);

    const restored = await call<CaseDetail>('cases:set-lifecycle', { id: created.id, lifecycle: 'active' });
    expect(restored.record).toMatchObject({ lifecycle: 'active', status: 'negotiating', title: intake.title });
    expect((await call<CaseListing>('cases:list', { view: 'active' })).cases[0]?.lastActivityAt).toBe(
      restored.record.updatedAt,
    );

    // Every action is in the case's audit log, naming what changed, in an unbroken chain.
    const audit = await readAudit(folderPath);
    expect(verifyAuditChain(audit)).toBeUndefined();
    const lifecycle = (from: string, to: string) => ['case.update', { fields: [], lifecycle: { from, to } }];
    expect(audit.map((line) => JSON.parse(line)).map((entry) => [entry.action, entry.detail])).toEqual([
      ['case.create', { folder: created.folder }],
      ['case.update', { fields: ['order.amountPaidFen', 'title'] }],
      ['case.update', { fields: [], status: { from: 'preparing', to: 'negotiating' } }],
      lifecycle('active', 'archived'),
      lifecycle('archived', 'trashed'),
      lifecycle('trashed', 'active'),
    ]);
  });

  it('saves nothing for an invalid intake and names each bad field', async () => {
    const intake = sampleIntake();
    intake.order.amountPaid = '98.001';
    intake.platform.creditCode = '91350100M000100Y44';
    intake.complainant.name = '  ';
    const result = await callRaw('cases:create', { intake });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (result.ok) return;
    expect(result.error.fields?.map((f) => f.field).sort()).toEqual([
      'complainant.name',
      'order.amountPaid',
      'platform.creditCode',
    ]);
    expect(readdirSync(join(api.workspace, 'cases'))).toEqual([]);
    expect((await call<CaseListing>('cases:list', {})).cases).toEqual([]);
  });

  it('leaves the stored case untouched when an update is invalid', async () => {
    const { id, folder } = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    const before = readFileSync(join(api.workspace, 'cases', folder, 'case.json'), 'utf8');
    const intake = sampleIntake();
    intake.order.purchasedAt = '2024-02-30 10:00';
    const result = await callRaw('cases:update', { id, intake });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ field: 'order.purchasedAt' }] } });
    expect(readFileSync(join(api.workspace, 'cases', folder, 'case.json'), 'utf8')).toBe(before);
  });

  it('answers not-found for an unknown case', async () => {
    const result = await callRaw('cases:get', { ref: '01HYC00000000000000000NOPE' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: '找不到案件“01HYC00000000000000000NOPE”' } });
    expect(await callRaw('cases:set-status', { id: 'nope', status: 'closed' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('answers damaged with the reason, and never overwrites the damaged file', async () => {
    const { id, folder } = await call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    const file = join(api.workspace, 'cases', folder, 'case.json');
    const broken = readFileSync(file, 'utf8').replace('"status": "preparing"', '"status": "协商中"');
    writeFileSync(file, broken);

    const got = await callRaw('cases:get', { ref: id });
    expect(got).toMatchObject({ ok: false, error: { code: 'damaged', message: expect.stringContaining('status') } });
    const set = await callRaw('cases:set-status', { id: folder, status: 'closed' });
    expect(set).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(readFileSync(file, 'utf8')).toBe(broken);
    const listing = await call<CaseListing>('cases:list', {});
    expect(listing.cases).toEqual([]);
    expect(listing.damaged).toEqual([{ folder, reason: expect.stringContaining('status') }]);
  });

  it('reports the workspace and rebuilds the index', async () => {
    await call('cases:create', { intake: sampleIntake() });
    await call('cases:create', { intake: sampleIntake() });
    const info = await call<WorkspaceInfo>('workspace:info', {});
    expect(info).toEqual({ path: api.workspace, caseCount: 2, damagedCount: 0 });
    expect(await call('index:rebuild', {})).toEqual({ indexed: 2, damaged: [] });
    const folders = (await call<CaseListing>('cases:list', {})).cases.map((c) => c.folder).sort();
    expect(folders).toEqual(['20240520-星耀卡盟-KM20240520143208001', '20240520-星耀卡盟-KM20240520143208001-2']);
  });

  it('switches workspace and remembers the choice', async () => {
    await call('cases:create', { intake: sampleIntake() });
    const other = tempDir();
    const info = await call<WorkspaceInfo>('workspace:switch', { path: other });
    expect(info).toEqual({ path: other, caseCount: 0, damagedCount: 0 });
    expect(api.session.root).toBe(other);
    const settings = JSON.parse(readFileSync(join(process.env.CASEBOOK_CONFIG_DIR!, 'settings.json'), 'utf8'));
    expect(settings).toEqual({ workspaceDir: other });
  });

  it('reports file-system failures naming the file', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const result = await callRaw('workspace:switch', { path: blocker });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining(blocker) } });
    expect(api.session.root).toBe(api.workspace);
  });
});
