/**
 * "database is locked" under concurrency: two importers and a timeline writer (separate processes,
 * as two CLI runs are) and a host session in this process (as the web host is) work on one case
 * and one index at the same time. None of them may fail.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/core/api/handlers';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import { dispatch } from '../../src/shared/api/dispatch';
import { bundleChild, startChild, templateWorkspace } from './crash-campaign';

let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'casebook-concurrency-'));
  await bundleChild();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('concurrent writers on one case and one index', () => {
  it('two importers, a timeline writer, a case creator and a host session all succeed, and the case verifies', { timeout: 10 * 60_000 }, async () => {
    const template = await templateWorkspace(root);
    const workspace = join(root, 'ws');
    cpSync(template.workspace, workspace, { recursive: true });
    const scratch = template.scratch;
    const workers = [
      startChild(workspace, template.caseId, scratch, { operation: 'evidence-import', runs: 4 }),
      startChild(workspace, template.caseId, scratch, { operation: 'evidence-import', runs: 4 }),
      startChild(workspace, template.caseId, scratch, { operation: 'event-add', runs: 8 }),
      startChild(workspace, template.caseId, scratch, { operation: 'case-create', runs: 4 }),
    ];
    await Promise.all(workers.map((worker) => worker.loaded));
    for (const worker of workers) worker.process.stdin!.write('GO\n');

    const session = await WorkspaceSession.open(workspace, { env: { CASEBOOK_CONFIG_DIR: scratch } });
    const handlers = createHandlers(session);
    const answers = [];
    let running = true;
    const exits = Promise.all(workers.map((worker) => worker.exited)).finally(() => (running = false));
    for (let n = 0; running || n < 5; n++) {
      answers.push(await dispatch(handlers, 'cases:list', {}));
      answers.push(await dispatch(handlers, 'timeline:add', { caseId: template.caseId, event: { at: '2024-05-22 09:00', channel: 'phone', direction: 'outgoing', summary: `主机记录 ${n}` } }));
      answers.push(await dispatch(handlers, 'evidence:list', { caseId: template.caseId }));
    }
    const exited = await exits;
    expect(answers.filter((answer) => !answer.ok)).toEqual([]);
    // Not even a notice that the index could not be updated.
    expect(answers.flatMap((answer) => answer.notices ?? [])).toEqual([]);
    expect(workers.flatMap((worker) => worker.lines.filter((line) => line.startsWith('NOTICE')))).toEqual([]);
    // The failure a worker reported, before the exit code it then ended with: the message says what went wrong.
    expect(workers.flatMap((worker) => worker.lines.filter((line) => line.startsWith('FAIL')))).toEqual([]);
    expect(exited.map((exit) => [exit.code, exit.stderr])).toEqual(workers.map(() => [0, '']));
    expect(workers.map((worker) => worker.lines.filter((line) => line.startsWith('DONE')).length)).toEqual([4, 4, 8, 4]);
    expect(await session.verify(template.caseId)).toMatchObject({ ok: true, problems: [] });
    expect(session.info().caseCount).toBe(5);
    session.close();
  });
});
