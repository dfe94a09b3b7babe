/** `casebook verify <archive.zip>`, run as the BUILT command (`npm run build` first). */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipOf, type FixtureEntry } from '../core/archive/zip-fixtures';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A small archive in the dossier format: one exhibit, its manifest and SHA256SUMS (no audit log, which is optional). */
function dossierEntries(exhibit: Buffer): FixtureEntry[] {
  const original = Buffer.from('订单截图的原始字节');
  const manifest = Buffer.from(
    JSON.stringify({
      format: 'casebook-dossier',
      formatVersion: 1,
      tool: { name: 'casebook', version: '0.1.0' },
      caseId: '01J0ABCDEFGHJKMNPQRSTVWXYZ',
      caseFolder: '20240520-星耀卡盟-KM1',
      createdAt: '2024-06-12T15:30:00+08:00',
      auditHead: { sha256: '0'.repeat(64), lines: 0 },
      files: [{ name: '证据01-订单截图.png', role: 'evidence', exhibit: 1, size: original.length, sha256: sha256(original) }],
    }),
  );
  const sums = Buffer.from(`${sha256(manifest)}  manifest.json\n${sha256(original)}  证据01-订单截图.png\n`);
  return [
    { name: 'manifest.json', data: manifest },
    { name: 'SHA256SUMS', data: sums },
    { name: '证据01-订单截图.png', data: exhibit },
  ];
}

// Spawns the CLI: slow on a busy machine.
describe('casebook verify <archive.zip> (built CLI)', { timeout: 120_000 }, () => {
  let root: string;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => runCli(join(root, 'workspace'), env, args);

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-verify-archive-'));
    env = isolatedEnv(join(root, 'config'));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('exits 0 for an intact archive and prints the report with --json', async () => {
    const path = join(root, '卷宗.zip');
    await writeFile(path, await zipOf(dossierEntries(Buffer.from('订单截图的原始字节'))));
    const run = await cli('verify', path, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, archive: path, format: 'casebook-dossier', caseId: '01J0ABCDEFGHJKMNPQRSTVWXYZ', checked: 2, problems: [] });
    const text = await cli('verify', path);
    expect(text.stdout).toContain('压缩包完整');
  });

  it('exits 1 naming the modified entry', async () => {
    const path = join(root, '改动.ZIP');
    await writeFile(path, await zipOf(dossierEntries(Buffer.from('订单截图的原始字节!'))));
    const run = await cli('verify', path);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('已被改动：证据01-订单截图.png');
    const json = await cli('verify', path, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).problems).toEqual([{ kind: 'modified', name: '证据01-订单截图.png', expected: expect.any(String), actual: expect.any(String) }]);
  });

  it('treats anything that is not an existing .zip file as a case reference', async () => {
    const run = await cli('verify', join(root, 'no-such-archive.zip'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-archive.zip');
  });
});
