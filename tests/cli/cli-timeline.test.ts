/** `casebook event add` and `casebook timeline`, run as the BUILT command (`npm run build` first). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineView } from '../../src/shared/api/contract';
import type { TimelineEventView } from '../../src/shared/domain/timeline';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';

/** A promise made in 2024 is long past due whenever this runs, so nothing here depends on today. */
const promise = {
  at: '2024-05-21 10:05',
  channel: 'online-cs',
  direction: 'outgoing',
  agentId: 'KF8848',
  ticketNumber: 'T20240521001',
  summary: '要求退款，客服称三个工作日内处理',
  promisedWorkingDays: 3,
  promiseSource: '客服承诺',
};

describe('casebook event add and timeline (built CLI)', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;
  let fileCount = 0;

  const cli = (...args: string[]) => runCli(workspace, env, args);
  const eventFile = async (event: unknown) => {
    const file = join(root, `event-${++fileCount}.json`);
    await writeFile(file, JSON.stringify(event));
    return file;
  };
  const add = async (event: unknown, ...flags: string[]) => cli('event', 'add', caseId, '--file', await eventFile(event), ...flags);
  const timeline = async () => JSON.parse((await cli('timeline', caseId, '--json')).stdout) as TimelineView;

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-timeline-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
    ({ id: caseId } = await seedCase(workspace, env));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('refuses a malformed time with exit 2 naming `at`, and writes nothing', async () => {
    const run = await add({ ...promise, at: '上周二' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('at（时间）：');
    expect(run.stdout).toBe('');
    expect((await timeline()).events).toEqual([]);
  });

  it('refuses an unknown channel with exit 2 naming `channel`', async () => {
    const run = await add({ ...promise, channel: 'wechat' });
    expect(run.code).toBe(2);
    // A script writes the codes, so the message lists them.
    expect(run.stderr).toMatch(/channel（渠道）：应为以下之一：.*online-cs、email.*；收到的是文字“wechat”/);
  });

  it('refuses evidence that is not in the case with exit 2', async () => {
    const run = await add({ ...promise, evidence: ['01ARZ3NDEKTSV4RRFFQ69G5FAV'] });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('evidence（关联证据）：');
    expect(run.stderr).toContain('01ARZ3NDEKTSV4RRFFQ69G5FAV');
  });

  it('exits 2 for a missing file, a file that is not JSON and an unknown case', async () => {
    expect((await cli('event', 'add', caseId, '--file', join(root, 'missing.json'))).code).toBe(2);
    const notJson = join(root, 'not-json.json');
    await writeFile(notJson, '{ "at": ');
    expect((await cli('event', 'add', caseId, '--file', notJson)).code).toBe(2);
    expect((await cli('event', 'add', 'no-such-case', '--file', await eventFile(promise))).code).toBe(2);
  });

  it('adds an entry and prints it as a TimelineEventView with its deadline', async () => {
    // A later entry first, so the timeline has to put them in order.
    expect((await add({ at: '2024-06-20 09:00', channel: 'email', direction: 'note', summary: '整理聊天记录' })).code).toBe(0);
    const run = await add(promise, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entry = JSON.parse(run.stdout) as TimelineEventView;
    expect(entry).toMatchObject({
      at: '2024-05-21T10:05:00+08:00',
      channel: 'online-cs',
      direction: 'outgoing',
      agentId: 'KF8848',
      ticketNumber: 'T20240521001',
      promisedWorkingDays: 3,
      evidence: [],
      // Tuesday 21 May 2024 + 3 working days.
      deadline: { dueDate: '2024-05-24', approximate: false },
    });
    expect(entry.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(entry.deadline?.overdueWorkingDays).toBeGreaterThan(0);
  });

  it('lists the entries in time order, each promise overdue by exactly `workdays between` its due date and today', async () => {
    const view = await timeline();
    expect(view.events.map((e) => e.at)).toEqual(['2024-05-21T10:05:00+08:00', '2024-06-20T09:00:00+08:00']);
    const deadline = view.events[0]!.deadline!;
    const between = await cli('workdays', 'between', deadline.dueDate, view.today, '--json');
    const counted = JSON.parse(between.stdout) as { value: number; approximate: boolean };
    expect(deadline.overdueWorkingDays).toBe(counted.value);
    expect(deadline.overdueWorkingDays).toBeGreaterThan(0);
    expect(view.events[1]!.deadline).toBeUndefined();
    expect(view.limitation.lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records when the other side answered and prints the timeline for people', async () => {
    const reply = await add({ at: '2024-06-03 15:00', channel: 'online-cs', direction: 'incoming', summary: '客服提出退一半', offerAmount: '49.00' }, '--json');
    expect(JSON.parse(reply.stdout)).toMatchObject({ direction: 'incoming', offerAmountFen: 4900 });
    const deadline = (await timeline()).events[0]!.deadline!;
    // Answered on Monday 3 June: 27, 28, 29, 30, 31 May and 3 June after Friday the 24th.
    expect(deadline).toEqual({ dueDate: '2024-05-24', overdueWorkingDays: 6, approximate: false, answeredAt: '2024-06-03T15:00:00+08:00' });

    const run = await cli('timeline', caseId);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('2024-05-21 10:05  在线客服  我方发出');
    expect(run.stdout).toContain('客服工号：KF8848');
    expect(run.stdout).toContain('承诺 3 个工作日内处理（客服承诺）：应于 2024-05-24 前处理，已于 2024-06-03 15:00 回复，已超期 6 个工作日');
    expect(run.stdout).toContain('对方提出的金额（元）：49.00');
    expect(run.stdout).toMatch(/诉讼时效：最后一天 \d{4}-\d{2}-\d{2}/);
    expect(run.stdout).toContain('下一步建议：');
  });
});
