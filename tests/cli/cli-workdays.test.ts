/** `casebook workdays add|between`, run as the BUILT command (`npm run build` first), against the published 2026 arrangement. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';

describe('casebook workdays (built CLI)', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  const cli = (...args: string[]) => runCli(workspace, env, args);

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-workdays-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('adds working days across the National Day holiday and its make-up Saturday', async () => {
    const run = await cli('workdays', 'add', '2026-09-30', '3');
    expect(run).toEqual({ code: 0, stdout: '2026-10-10\n', stderr: '' });
    // The command needs no workspace, so it never creates one.
    expect(existsSync(workspace)).toBe(false);
  });

  it('counts the working days after `from` up to and including `to`', async () => {
    expect(await cli('workdays', 'between', '2026-09-30', '2026-10-12')).toEqual({ code: 0, stdout: '4\n', stderr: '' });
    expect(JSON.parse((await cli('workdays', 'between', '2026-09-30', '2026-10-12', '--json')).stdout)).toEqual({ value: 4, approximate: false });
  });

  it('estimates into a year without a published arrangement, warning on stderr, and still exits 0', async () => {
    const run = await cli('workdays', 'add', '2026-12-28', '5');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2027-01-04\n');
    expect(run.stderr).toBe('注意：2027 年的节假日安排尚未公布，结果按周一至周五估算\n');
    const json = await cli('workdays', 'add', '2026-12-28', '5', '--json');
    expect(JSON.parse(json.stdout)).toEqual({ value: '2027-01-04', approximate: true });
  });

  it('honours calendar.json in the settings folder: an override makes the year known', async () => {
    const configDir = join(root, 'override-config');
    await mkdir(configDir);
    await writeFile(join(configDir, 'calendar.json'), JSON.stringify({ holidays: { '2027-01-01': '元旦', '2027-01-04': '假想的假日' }, workdays: {} }));
    const run = await runCli(workspace, isolatedEnv(configDir), ['workdays', 'add', '2026-12-28', '5', '--json']);
    expect(run.stderr).toBe('');
    // 29th, 30th, 31st, then 1 January and the 4th are off: the 5th and the 6th.
    expect(JSON.parse(run.stdout)).toEqual({ value: '2027-01-06', approximate: false });
  });

  it('exits 2 on an impossible date or a count that is not a whole number', async () => {
    for (const args of [
      ['add', '2026-02-30', '3'],
      ['add', '2026/09/30', '3'],
      ['add', '2026-09-30', '-1'],
      ['add', '2026-09-30', '1.5'],
      ['add', '2026-09-30', 'three'],
      ['between', '2026-09-30', 'tomorrow'],
      ['add', '2026-09-30'],
    ]) {
      const run = await cli('workdays', ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect((await cli('workdays', 'add', '2026-02-30', '3')).stderr).toContain('“2026-02-30”不是有效的日期');
  });
});
