/**
 * The BUILT `casebook` (`npm run build` first) on a workspace it cannot fully write: a full tmpfs, a
 * read-only bind mount, a read-only tmpfs, and a workspace another user owns (permission denied;
 * as root this needs a second user, so the command runs as `nobody`). Each command's message is
 * clear, its exit code matches what happened on disk, and reading still works. Needs root (mount).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import { cliMessages } from '../../src/shared/messages';
import { sampleFacts } from '../core/sample-case';
import { canMount, fillDisk, makeReadOnly, tinyDisk } from '../core/tiny-disk';
import { isolatedEnv, requireBuiltCli, runCli, type CliRun } from './support/built-cli';

const NOBODY = { uid: 65534, gid: 65534 };

let root: string;
let template: string;
let caseId: string;
let folder: string;
let env: NodeJS.ProcessEnv;
let event: string;

beforeAll(async () => {
  if (!canMount) return;
  requireBuiltCli();
  root = mkdtempSync(join(tmpdir(), 'casebook-cli-faults-'));
  chmodSync(root, 0o755);
  template = join(root, 'template');
  const config = join(root, 'config');
  env = isolatedEnv(config);
  const session = await WorkspaceSession.open(template, { env: { CASEBOOK_CONFIG_DIR: config } });
  ({ id: caseId, folder } = await session.cases.create(sampleFacts()));
  await session.timeline.add(caseId, { at: '2024-05-21T10:05:00+08:00', channel: 'online-cs', direction: 'incoming', summary: '客服受理', evidence: [] });
  session.close();
  event = join(root, 'event.json');
  writeFileSync(event, JSON.stringify({ at: '2024-05-22 09:00', channel: 'phone', direction: 'outgoing', summary: '电话催办' }));
  // Readable and writable by `nobody` too: the settings folder, the event file, where letters go.
  chmodSync(root, 0o777);
  execFileSync('mkdir', ['-m', '777', '-p', config, join(root, 'out')]);
}, 120_000);
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

/** A copy of the template workspace on a fresh tmpfs. */
function onTmpfs(size = '4m'): { disk: string; workspace: string } {
  const disk = tinyDisk(size);
  const workspace = join(disk, 'ws');
  cpSync(template, workspace, { recursive: true });
  return { disk, workspace };
}

/** The message is for a person: no stack trace, not the generic "unexpected" one, one or two lines. */
function expectClear(run: CliRun, ...parts: string[]) {
  expect(run.stderr).not.toContain(cliMessages.unexpected);
  expect(run.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  for (const part of parts) expect(run.stderr).toContain(part);
}

const caseFile = (workspace: string) => readFileSync(join(workspace, 'cases', folder, 'case.json'), 'utf8');
const log = (workspace: string) => readFileSync(join(workspace, 'cases', folder, 'audit.jsonl'), 'utf8');

/** The reading commands, each expected to work (exit 0). */
async function expectReadingWorks(workspace: string, as?: { uid: number; gid: number }) {
  const cli = (...args: string[]) => runCli(workspace, env, args, undefined, as);
  const list = await cli('case', 'list', '--json');
  expect(list.code, list.stderr).toBe(0);
  expect((JSON.parse(list.stdout) as { cases: unknown[] }).cases).toHaveLength(1);
  const verify = await cli('verify', caseId, '--json');
  expect(verify.code, verify.stderr).toBe(0);
  expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, problems: [] });
  const timeline = await cli('timeline', caseId);
  expect(timeline.code, timeline.stderr).toBe(0);
  const out = join(root, 'out', `${Math.random().toString(16).slice(2)}.txt`);
  const letter = await cli('letter', caseId, 'cs-email', '--out', out);
  expect(letter.code, letter.stderr).toBe(0);
  expect(readFileSync(out, 'utf8')).toContain(sampleFacts().order.number);
  return list;
}

// Skipped where this process may not mount (needs root for the tiny tmpfs and the read-only bind mounts).
describe.skipIf(!canMount)('casebook on a workspace it cannot fully write (built CLI)', () => {
  // Each test runs the command five or six times: as long as a busy machine needs.
  const SPAWNS = { timeout: 5 * 60_000 };

  it('full disk: event add refuses naming the folder (exit 1) and changes nothing; list, verify, timeline and a letter elsewhere work', SPAWNS, async () => {
    const { disk, workspace } = onTmpfs();
    fillDisk(join(disk, 'filler'));
    const before = log(workspace);
    const add = await runCli(workspace, env, ['event', 'add', caseId, '--file', event]);
    expect(add.code).toBe(1);
    expectClear(add, '磁盘空间不足', folder);
    expect(log(workspace)).toBe(before);
    await expectReadingWorks(workspace);
  });

  it('read-only bind mount: reading works and says the workspace is read-only; event add and case create exit 1 saying so; a dossier elsewhere is made', SPAWNS, async () => {
    const { workspace } = onTmpfs();
    makeReadOnly(workspace);
    const list = await expectReadingWorks(workspace);
    expect(list.stderr).toContain('只读');
    const before = caseFile(workspace);
    const add = await runCli(workspace, env, ['event', 'add', caseId, '--file', event]);
    expect(add.code).toBe(1);
    expectClear(add, '只读', folder);
    const intake = join(root, 'intake.json');
    writeFileSync(intake, readFileSync(join(import.meta.dirname, '../fixtures/intake/xingyao-invalid-card-key.json')));
    const create = await runCli(workspace, env, ['case', 'create', '--file', intake]);
    expect(create.code).toBe(1);
    expectClear(create, '只读');
    expect(caseFile(workspace)).toBe(before);
    // A dossier made elsewhere is made (exit 0); only its record in the case's history cannot be written, and it says so.
    const logBefore = log(workspace);
    const out = join(root, 'out', 'dossier-ro');
    const dossier = await runCli(workspace, env, ['dossier', caseId, '--out', out, '--json']);
    expect(dossier.code, dossier.stderr).toBe(0);
    expectClear(dossier, '卷宗已生成，但未能记入案件的审计日志', '只读');
    const made = JSON.parse(dossier.stdout) as { pdf: string; zip: string };
    expect(statSync(made.pdf).size).toBeGreaterThan(0);
    expect(statSync(made.zip).size).toBeGreaterThan(0);
    expect(log(workspace)).toBe(logBefore);
  });

  it('read-only tmpfs: the same', SPAWNS, async () => {
    const { disk, workspace } = onTmpfs();
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    await expectReadingWorks(workspace);
    const add = await runCli(workspace, env, ['event', 'add', caseId, '--file', event]);
    expect(add.code).toBe(1);
    expectClear(add, '只读');
  });

  it('permission denied (the workspace belongs to another user): reading works; event add exits 1 naming the folder', SPAWNS, async () => {
    const { workspace } = onTmpfs();
    const before = log(workspace);
    const list = await expectReadingWorks(workspace, NOBODY);
    expect(list.stderr).toContain('没有权限');
    const add = await runCli(workspace, env, ['event', 'add', caseId, '--file', event], undefined, NOBODY);
    expect(add.code).toBe(1);
    expectClear(add, '没有权限', folder);
    expect(log(workspace)).toBe(before);
  });
});
