/** `casebook case export` and `case import`, run as the BUILT command (`npm run build` first). */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOf, withEntryName, zipOf } from '../core/archive/zip-fixtures';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';

// Spawns the CLI (export, then imports into other workspaces): slow on a busy machine.
describe('casebook case export / import (built CLI)', { timeout: 120_000 }, () => {
  let root: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;
  let folder: string;
  const source = () => join(root, 'source');

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-transfer-'));
    env = isolatedEnv(join(root, 'config'));
    const note = join(root, '客服聊天记录.txt');
    await writeFile(note, '2024-05-21 10:05 客服KF8848：已为您登记工单。\n');
    ({ id: caseId, folder } = await seedCase(source(), env, { evidence: [{ paths: [note], category: 'communication' }] }));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('exports into a folder under the default name and imports it into another workspace', async () => {
    const out = join(root, 'out');
    await mkdir(out);
    const exported = await runCli(source(), env, ['case', 'export', caseId, '--out', out, '--json']);
    expect(exported.code).toBe(0);
    const archive = join(out, `${folder}.casebook.zip`);
    expect(JSON.parse(exported.stdout)).toMatchObject({ archive, files: 4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const imported = await runCli(join(root, 'target'), env, ['case', 'import', archive, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({
      id: caseId,
      folder,
      path: join(root, 'target', 'cases', folder),
      originalFolder: folder,
      renamed: false,
      files: 4,
      checked: 1,
    });
    const verified = await runCli(join(root, 'target'), env, ['verify', caseId]);
    expect(verified.code).toBe(0);

    // The same case again: refused (exit 2), and the text says why.
    const again = await runCli(join(root, 'target'), env, ['case', 'import', archive]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('工作区中已有这个案件');
  });

  it('refuses a hostile archive with exit 2, the reason in --json, and no folder left behind', async () => {
    const out = join(root, 'genuine.zip');
    expect((await runCli(source(), env, ['case', 'export', caseId, '--out', out])).code).toBe(0);
    const entries = await entriesOf(await readFile(out));
    const hostile = join(root, 'hostile.zip');
    await writeFile(hostile, withEntryName(await zipOf([...entries, { name: 'ZZ/ZZ/escaped.txt', data: Buffer.from('x') }]), 'ZZ/ZZ/escaped.txt', '../../escaped.txt'));
    const workspace = join(root, 'victim');
    const run = await runCli(workspace, env, ['case', 'import', hostile, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'invalid', reason: 'unsafe-path', entry: '../../escaped.txt', message: expect.stringContaining('hostile.zip') } });
    expect(run.stderr).toContain('../../escaped.txt');
    expect(readdirSync(join(workspace, 'cases'))).toEqual([]);
    expect(readdirSync(join(workspace, '.casebook', 'staging'))).toEqual([]);
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
  });

  it('exits 2 naming the file for a missing archive and an --out that exists', async () => {
    const missing = await runCli(source(), env, ['case', 'import', join(root, 'nowhere.zip')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.zip');
    const taken = join(root, 'taken.zip');
    await writeFile(taken, 'x');
    const exists = await runCli(source(), env, ['case', 'export', caseId, '--out', taken]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('taken.zip');
  });
});
