/** `casebook backup` and `restore`, run as the BUILT command (`npm run build` first). */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/built-cli';
import { chatCaseFixture } from './support/seed-case';

// Spawns the CLI (backup, restores, verify): slow on a busy machine.
describe('casebook backup / restore (built CLI)', { timeout: 120_000 }, () => {
  const f = chatCaseFixture('casebook-cli-backup-');

  it('backs up, restores into a new workspace and verifies every case', async () => {
    const archive = join(f.root, 'backup.zip');
    const backedUp = await runCli(f.source, f.env, ['backup', '--out', archive, '--json']);
    expect(backedUp.code).toBe(0);
    expect(JSON.parse(backedUp.stdout)).toMatchObject({ archive, cases: 1, index: 'ok', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await runCli(f.source, f.env, ['verify', archive])).code).toBe(0);

    const target = join(f.root, 'restored');
    const restored = await runCli(target, f.env, ['restore', archive, '--json']);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({
      workspace: target,
      ok: true,
      index: 'restored',
      cases: [{ folder: f.folder, id: f.caseId, ok: true, checked: 1, problems: [] }],
    });
    expect((await runCli(target, f.env, ['verify', f.caseId])).code).toBe(0);
    const text = await runCli(join(f.root, 'restored-text'), f.env, ['restore', archive]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`✓ ${f.folder}`);
  });

  it('refuses a workspace that is not empty (exit 2, nothing written) and a missing archive', async () => {
    const archive = join(f.root, 'backup2.zip');
    expect((await runCli(f.source, f.env, ['backup', '--out', archive])).code).toBe(0);
    const occupied = join(f.root, 'occupied');
    await mkdir(occupied);
    await writeFile(join(occupied, 'notes.txt'), 'mine');
    const refused = await runCli(occupied, f.env, ['restore', archive, '--json']);
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toEqual({ error: { code: 'invalid', message: expect.stringContaining('不是空的') } });
    expect(readdirSync(occupied)).toEqual(['notes.txt']);

    const missing = await runCli(join(f.root, 'never'), f.env, ['restore', join(f.root, 'nowhere.zip')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.zip');
    expect(existsSync(join(f.root, 'never'))).toBe(false);
    // The backup itself is never overwritten.
    const again = await runCli(f.source, f.env, ['backup', '--out', archive]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('backup2.zip');
  });
});
