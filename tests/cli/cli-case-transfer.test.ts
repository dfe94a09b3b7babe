/** `casebook case export` and `case import`, run as the BUILT command (`npm run build` first). */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesOf, withEntryName, zipOf } from '../core/archive/zip-fixtures';
import { runCli } from './support/built-cli';
import { chatCaseFixture } from './support/seed-case';

// Spawns the CLI (export, then imports into other workspaces): slow on a busy machine.
describe('casebook case export / import (built CLI)', { timeout: 120_000 }, () => {
  const f = chatCaseFixture('casebook-cli-transfer-');

  it('exports into a folder under the default name and imports it into another workspace', async () => {
    const out = join(f.root, 'out');
    await mkdir(out);
    const exported = await runCli(f.source, f.env, ['case', 'export', f.caseId, '--out', out, '--json']);
    expect(exported.code).toBe(0);
    const archive = join(out, `${f.folder}.casebook.zip`);
    expect(JSON.parse(exported.stdout)).toMatchObject({ archive, files: 4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const imported = await runCli(join(f.root, 'target'), f.env, ['case', 'import', archive, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({
      id: f.caseId,
      folder: f.folder,
      path: join(f.root, 'target', 'cases', f.folder),
      originalFolder: f.folder,
      renamed: false,
      files: 4,
      checked: 1,
    });
    const verified = await runCli(join(f.root, 'target'), f.env, ['verify', f.caseId]);
    expect(verified.code).toBe(0);

    // The same case again: refused (exit 2), and the text says why.
    const again = await runCli(join(f.root, 'target'), f.env, ['case', 'import', archive]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('工作区中已有这个案件');
  });

  it('refuses a hostile archive with exit 2, the reason in --json, and no folder left behind', async () => {
    const out = join(f.root, 'genuine.zip');
    expect((await runCli(f.source, f.env, ['case', 'export', f.caseId, '--out', out])).code).toBe(0);
    const entries = await entriesOf(await readFile(out));
    const hostile = join(f.root, 'hostile.zip');
    await writeFile(hostile, withEntryName(await zipOf([...entries, { name: 'ZZ/ZZ/escaped.txt', data: Buffer.from('x') }]), 'ZZ/ZZ/escaped.txt', '../../escaped.txt'));
    const workspace = join(f.root, 'victim');
    const run = await runCli(workspace, f.env, ['case', 'import', hostile, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'invalid', reason: 'unsafe-path', entry: '../../escaped.txt', message: expect.stringContaining('hostile.zip') } });
    expect(run.stderr).toContain('../../escaped.txt');
    expect(readdirSync(join(workspace, 'cases'))).toEqual([]);
    expect(readdirSync(join(workspace, '.casebook', 'staging'))).toEqual([]);
    expect(existsSync(join(f.root, 'escaped.txt'))).toBe(false);
  });

  it('exits 2 naming the file for a missing archive and an --out that exists', async () => {
    const missing = await runCli(f.source, f.env, ['case', 'import', join(f.root, 'nowhere.zip')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.zip');
    const taken = join(f.root, 'taken.zip');
    await writeFile(taken, 'x');
    const exists = await runCli(f.source, f.env, ['case', 'export', f.caseId, '--out', taken]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('taken.zip');
  });
});
