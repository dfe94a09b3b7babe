/**
 * How the BUILT command (`out/main/cli.js`) ends when it cannot even start its work: a workspace
 * path that is a file, a busy port. Needs `npm run build` first (see cli.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/shared/messages';
import { cliPath, isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';

/** The system's own Node, when it is older than the 22 the project brings (Debian's is 20). */
const olderNode = (() => {
  try {
    const version = execFileSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).trim();
    return Number(/^v(\d+)/.exec(version)?.[1]) < 22 ? '/usr/bin/node' : undefined;
  } catch {
    return undefined;
  }
})();

describe('casebook start-up failures (built CLI)', () => {
  let root: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-fail-'));
    env = isolatedEnv(join(root, 'config'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('a --workspace that is a regular file: only the Chinese message, exit 2', async () => {
    const file = join(root, 'not-a-folder.txt');
    await writeFile(file, 'x');
    const run = await runCli(file, env, ['case', 'list']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toContain(cliMessages.unexpected);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a --workspace below a regular file: exit 2 as well', async () => {
    const file = join(root, 'file-parent.txt');
    await writeFile(file, 'x');
    const run = await runCli(join(file, 'workspace'), env, ['case', 'list']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(cliMessages.unexpected);
  });

  it('web on a busy port: a clear message, exit 2', async () => {
    const busy: Server = createServer();
    busy.listen(0, '127.0.0.1');
    await once(busy, 'listening');
    const { port } = busy.address() as AddressInfo;
    try {
      const run = await runCli(join(root, 'workspace'), env, ['web', '--port', String(port), '--no-open']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(cliMessages.portInUse(port));
    } finally {
      busy.close();
    }
  });

  it.skipIf(!olderNode)('run by a Node older than 22, it says which Node it needs and exits 1 before opening anything (skipped because this machine has no Node older than 22 at /usr/bin/node)', () => {
    const run = spawnSync(olderNode!, [cliPath, '--workspace', join(root, 'old-node'), 'case', 'list'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(cliMessages.nodeTooOld(execFileSync(olderNode!, ['--version'], { encoding: 'utf8' }).trim()));
    expect(run.stdout).toBe('');
  });
});
