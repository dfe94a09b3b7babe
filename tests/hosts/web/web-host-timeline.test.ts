import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { startWebHost, type WebHost } from '../../../src/hosts/web/web-host';
import type { TimelineView } from '../../../src/shared/api/contract';
import type { ApiResult } from '../../../src/shared/api/result';
import type { CaseSummary } from '../../../src/shared/domain/case';
import { sampleIntake } from '../../core/sample-case';
import { raw } from '../support/raw-request';

/** The timeline channels through the web host's generic API route, on a real workspace. */
describe('web host timeline API', () => {
  let root: string;
  let session: WorkspaceSession;
  let host: WebHost;
  let caseId: string;
  const previousConfigDir = process.env.CASEBOOK_CONFIG_DIR;

  const call = async <T>(channel: string, input: unknown): Promise<ApiResult<T>> => {
    const res = await raw(host.origin, `/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    expect(res.status).toBe(200);
    return JSON.parse(res.body) as ApiResult<T>;
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'casebook-web-timeline-'));
    process.env.CASEBOOK_CONFIG_DIR = join(root, 'config');
    await mkdir(join(root, 'renderer'));
    session = await WorkspaceSession.open(join(root, 'workspace'));
    host = await startWebHost({ handlers: createHandlers(session), workspace: session, rendererDir: join(root, 'renderer'), onUnexpected: () => {} });
    const created = await call<{ id: string }>('cases:create', { intake: sampleIntake() });
    if (!created.ok) throw new Error(created.error.message);
    caseId = created.value.id;
  });

  afterAll(async () => {
    await host.close();
    session.close();
    if (previousConfigDir === undefined) delete process.env.CASEBOOK_CONFIG_DIR;
    else process.env.CASEBOOK_CONFIG_DIR = previousConfigDir;
    await rm(root, { recursive: true, force: true });
  });

  it('adds an entry with a promise, answers with the view and puts the due date on the dashboard', async () => {
    const event = { at: '2024-05-21 10:05', channel: 'online-cs', direction: 'outgoing', summary: '客服称三个工作日内处理', promisedWorkingDays: '3' };
    const added = await call<TimelineView>('timeline:add', { caseId, event });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.events).toHaveLength(1);
    expect(added.value.events[0]).toMatchObject({ at: '2024-05-21T10:05:00+08:00', promisedWorkingDays: 3, deadline: { dueDate: '2024-05-24' } });

    const read = await call<TimelineView>('timeline:get', { caseId });
    expect(read.ok && read.value.events.map((e) => e.id)).toEqual(added.value.events.map((e) => e.id));
    const listed = await call<{ cases: CaseSummary[] }>('cases:list', { view: 'active' });
    expect(listed.ok && listed.value.cases[0]?.nextDueDate).toBe('2024-05-24');
  });

  it('reports wrong fields by their CLI names, unprefixed', async () => {
    const refused = await call<TimelineView>('timeline:add', { caseId, event: { at: '2024-05-21 10:05', channel: 'wechat', direction: 'outgoing', summary: 'x' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields?.map((f) => f.field)).toEqual(['channel']);
  });
});
