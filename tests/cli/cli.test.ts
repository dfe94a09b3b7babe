/**
 * End-to-end tests of the BUILT command (`out/main/cli.js`), run with the Node that runs Vitest.
 * They need `npm run build` first: `npm test` builds before it runs the unit tests; when running
 * `npm run test:unit` on its own, build once before.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseListing } from '../../src/shared/api/contract';
import type { CaseDetail } from '../../src/shared/domain/case';
import type { CaseIntake } from '../../src/shared/domain/intake';
import { cliPath, isolatedEnv, projectRoot, requireBuiltCli, runCli } from './support/built-cli';

const fixture = join(projectRoot, 'tests/fixtures/intake/xingyao-invalid-card-key.json');

describe('casebook (built CLI)', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;

  const cli = (...args: string[]) => runCli(workspace, env, args);

  const caseFolders = async () => (existsSync(join(workspace, 'cases')) ? await readdir(join(workspace, 'cases')) : []);

  const writeIntake = async (name: string, change: (intake: CaseIntake) => void) => {
    const intake = JSON.parse(await readFile(fixture, 'utf8')) as CaseIntake;
    change(intake);
    const file = join(root, name);
    await writeFile(file, JSON.stringify(intake));
    return file;
  };

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('refuses an invalid credit code with exit 2, names the field and creates no folder', async () => {
    const file = await writeIntake('bad-credit-code.json', (intake) => (intake.platform.creditCode = '91330106MA2H3KXC5X'));
    const run = await cli('case', 'create', '--file', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('platform.creditCode（统一社会信用代码）：');
    expect(run.stdout).toBe('');
    expect(await caseFolders()).toEqual([]);
  });

  it('names every wrong field, e.g. a malformed purchase time', async () => {
    const file = await writeIntake('bad-date.json', (intake) => (intake.order.purchasedAt = '昨天下午'));
    const run = await cli('case', 'create', '--file', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('order.purchasedAt（购买时间）：请输入日期时间');
  });

  it('prints {"id","folder"} as JSON with and without --json', async () => {
    // A workspace of its own: the tests below count the cases in the shared one.
    const own = join(root, 'json-workspace');
    for (const args of [['--json'], []]) {
      const run = await runCli(own, env, ['case', 'create', '--file', fixture, ...args]);
      expect(run.code).toBe(0);
      const created = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(Object.keys(created).sort()).toEqual(['folder', 'id']);
      expect(await readdir(join(own, 'cases'))).toContain(created.folder);
    }
  });

  it('exits 2 for an unreadable file and for a file that is not JSON', async () => {
    const missing = join(root, 'missing.json');
    const unreadable = await cli('case', 'create', '--file', missing);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain(`无法读取文件 ${missing}：`);

    const notJson = join(root, 'not-json.json');
    await writeFile(notJson, '{ "title": ');
    const broken = await cli('case', 'create', '--file', notJson);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${notJson} 不是有效的 JSON：`);
    expect(await caseFolders()).toEqual([]);
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli('case', 'create')).code).toBe(2);
    expect((await cli('case', 'list', '--bogus')).code).toBe(2);
    expect((await cli('nonsense')).code).toBe(2);
  });

  it('echoes what was typed with its control characters escaped, in its own and in commander\'s messages', async () => {
    const hostile = 'x\u001b]0;pwned\u0007\u001b[2J\u202Eexe';
    for (const run of [await cli('case', 'show', hostile), await cli('case', 'list', `--${hostile}`)]) {
      expect(run.code).toBe(2);
      // eslint-disable-next-line no-control-regex -- raw control characters are what must not appear
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
      expect(run.stderr).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\u202eexe');
    }
  });

  it('web prints its URL with the token, serves the API and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [cliPath, '--workspace', workspace, 'web', '--port', '0', '--no-open'], { env });
    let stdout = '';
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}/.exec(stdout);
        if (match) done(match[0]);
      });
      child.once('exit', (code) => fail(new Error(`web exited with ${code}: ${stdout}`)));
    });
    const { origin, searchParams } = new URL(url);
    const response = await fetch(`${origin}/api/workspace:info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${searchParams.get('token')}` },
      body: '{}',
    });
    expect(await response.json()).toMatchObject({ ok: true, value: { path: workspace } });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  describe('with a case', () => {
    let created: { id: string; folder: string };

    beforeAll(async () => {
      const run = await cli('case', 'create', '--file', fixture);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      created = JSON.parse(run.stdout);
    });

    it('prints the id and folder of the new case as JSON', async () => {
      expect(Object.keys(created).sort()).toEqual(['folder', 'id']);
      expect(await caseFolders()).toEqual([created.folder]);
    });

    it('lists it as JSON and as a Chinese table', async () => {
      const json = await cli('case', 'list', '--json');
      expect(json.code).toBe(0);
      const listing = JSON.parse(json.stdout) as CaseListing;
      expect(listing.cases.map((c) => c.id)).toEqual([created.id]);
      expect(listing.damaged).toEqual([]);

      const table = await cli('case', 'list');
      expect(table.code).toBe(0);
      expect(table.stdout).toContain('文件夹');
      expect(table.stdout).toContain(created.folder);
      expect(table.stdout).toContain('准备中');
      expect(table.stdout).toContain('98.00');
      expect(table.stdout).toContain('星耀卡盟 王者荣耀点券卡密无效');
    });

    it('shows it by id or folder name, as JSON and with Chinese labels', async () => {
      for (const ref of [created.id, created.folder]) {
        const run = await cli('case', 'show', ref, '--json');
        expect(run.code).toBe(0);
        const detail = JSON.parse(run.stdout) as CaseDetail;
        expect(detail.record.id).toBe(created.id);
        expect(detail.folder).toBe(created.folder);
      }
      const human = await cli('case', 'show', created.folder);
      expect(human.code).toBe(0);
      for (const text of ['统一社会信用代码', '91330106MA2H3KXC5C', '问题类型', '卡密无效', '实付金额（元）', '98.00', '退款', '案件状态']) {
        expect(human.stdout).toContain(text);
      }
    });

    it('exits 2 for an unknown case', async () => {
      const run = await cli('case', 'show', 'no-such-case');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no-such-case');
    });

    it('rebuilds the index from the folders after the index file is deleted', async () => {
      const before = JSON.parse((await cli('case', 'list', '--json')).stdout) as CaseListing;
      for (const suffix of ['', '-wal', '-shm']) {
        await rm(join(workspace, '.casebook', `index.sqlite${suffix}`), { force: true });
      }
      const reindex = await cli('reindex');
      expect(reindex.code).toBe(0);
      expect(reindex.stdout).toContain('1');
      const after = JSON.parse((await cli('case', 'list', '--json')).stdout) as CaseListing;
      expect(after.cases.map((c) => [c.id, c.folder, c.status])).toEqual(before.cases.map((c) => [c.id, c.folder, c.status]));
    });

    it('lists a damaged case.json with its reason, in list and reindex', async () => {
      const damagedFolder = join(workspace, 'cases', '20240101-broken-1');
      await rm(damagedFolder, { recursive: true, force: true });
      await mkdir(damagedFolder, { recursive: true });
      await writeFile(join(damagedFolder, 'case.json'), '{ not json');
      const reindex = await cli('reindex', '--json');
      expect(reindex.code).toBe(0);
      const report = JSON.parse(reindex.stdout) as { indexed: number; damaged: { folder: string }[] };
      expect(report.damaged.map((d) => d.folder)).toEqual(['20240101-broken-1']);
      const table = await cli('case', 'list');
      expect(table.stdout).toContain('20240101-broken-1');
      await rm(damagedFolder, { recursive: true, force: true });
    });
  });
});
