/** `casebook case purge` against the BUILT command (run `npm run build` first); cases are seeded in-process. */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';

describe('casebook case purge (built CLI)', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => runCli(workspace, env, args);
  const caseFolders = async () => (existsSync(join(workspace, 'cases')) ? (await readdir(join(workspace, 'cases'))).sort() : []);

  beforeEach(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-purge-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('names what it would delete and deletes nothing without --yes; with it, deletes the trashed case', async () => {
    const trashed = await seedCase(workspace, env, { title: '要删除的案件', lifecycle: 'trashed' });
    const live = await seedCase(workspace, env, { title: '进行中的案件' });

    const asked = await cli('case', 'purge', trashed.id);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('将永久删除 1 个案件');
    expect(asked.stderr).toContain('要删除的案件');
    expect(asked.stderr).toContain('--yes');
    expect(await caseFolders()).toEqual([trashed.folder, live.folder].sort());

    const refused = await cli('case', 'purge', live.id, '--yes');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('不在回收站中');

    const done = await cli('case', 'purge', trashed.folder, '--yes', '--json');
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual({ purged: [{ id: trashed.id, folder: trashed.folder, title: '要删除的案件' }] });
    expect(await caseFolders()).toEqual([live.folder]);
  });

  it('empties the trash with --all-trashed, and needs a case or that flag', async () => {
    await seedCase(workspace, env, { title: '一', lifecycle: 'trashed' });
    await seedCase(workspace, env, { title: '二', lifecycle: 'trashed' });

    const neither = await cli('case', 'purge');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--all-trashed');

    const done = await cli('case', 'purge', '--all-trashed', '--yes');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('已永久删除 2 个案件');
    expect(await caseFolders()).toEqual([]);
  });
});
