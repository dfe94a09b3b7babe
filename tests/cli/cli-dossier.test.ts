/** `casebook dossier`, run as the BUILT command (`npm run build` first) on a case built through the CLI. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';

// Spawns the CLI, which renders a PDF and writes an archive: slow on a busy machine.
describe('casebook dossier (built CLI)', { timeout: 120_000 }, () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;
  let folder: string;

  const cli = (...args: string[]) => runCli(workspace, env, args);

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-dossier-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
    const png = join(root, '订单支付截图.png');
    await sharp({ create: { width: 120, height: 200, channels: 3, background: '#f4f6fb' } }).png().toFile(png);
    ({ id: caseId, folder } = await seedCase(workspace, env, { evidence: [{ paths: [png], category: 'transaction' }] }));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes both files into --out and prints {"pdf","zip","pages","exhibits"} with --json', async () => {
    const out = join(root, 'out', '卷宗');
    const run = await cli('dossier', caseId, '--out', out, '--json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(printed).sort()).toEqual(['exhibits', 'pages', 'pdf', 'zip']);
    expect(printed).toMatchObject({ pdf: join(out, `${folder}-卷宗.pdf`), zip: join(out, `${folder}-卷宗.zip`), exhibits: 1 });
    expect(printed.pages).toBeGreaterThan(3);
    expect((await readdir(out)).sort()).toEqual([`${folder}-卷宗.pdf`, `${folder}-卷宗.zip`]);
    // Not a terminal: no progress line on stderr.
    expect(run.stderr).not.toContain('正在生成卷宗');
  });

  it('prints the two paths without --json', async () => {
    const out = join(root, 'plain');
    const run = await cli('dossier', folder, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([join(out, `${folder}-卷宗.pdf`), join(out, `${folder}-卷宗.zip`)]);
  });

  it('exits 2 naming --out when it is a file, and for an unknown case', async () => {
    const file = join(root, 'not-a-folder');
    await writeFile(file, 'x');
    const notFolder = await cli('dossier', caseId, '--out', file);
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain('--out');
    const unknown = await cli('dossier', 'no-such-case', '--out', join(root, 'unknown'));
    expect(unknown.code).toBe(2);
  });
});
