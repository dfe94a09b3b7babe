/** `casebook timestamp` and the timestamp lines of `casebook verify`, run as the BUILT command (`npm run build` first). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimestampStatus } from '../../src/shared/domain/timestamp';
import { startLocalTsa, type LocalTsa } from '../core/timestamps/local-tsa';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';

describe('casebook timestamp (built CLI, local openssl TSA)', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;
  let tsa: LocalTsa;
  const cli = (...args: string[]) => runCli(workspace, env, args);

  beforeAll(async () => {
    requireBuiltCli();
    tsa = await startLocalTsa();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-timestamp-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
    await writeFile(join(root, '订单截图.txt'), '订单 KM20240520143208001');
    ({ id: caseId } = await seedCase(workspace, env, { evidence: [{ paths: [join(root, '订单截图.txt')], category: 'transaction' }] }));
  });

  afterAll(async () => {
    await tsa.close();
    await rm(root, { recursive: true, force: true });
  });

  it('needs a TSA address the first time (exit 2)', async () => {
    const none = await cli('timestamp', caseId);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('时间戳服务');
  });

  it('stamps with the address given, then remembers it', async () => {
    const first = await cli('timestamp', caseId, '--tsa-url', tsa.url, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout) as TimestampStatus).toMatchObject({ valid: true, items: 1, tsa: 'Casebook Test TSA' });

    const again = await cli('timestamp', caseId);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^已盖可信时间戳：.*Casebook Test TSA.*覆盖 1 件证据/);
  });

  it('lists the stamps under verify', async () => {
    const verify = await cli('verify', caseId);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('可信时间戳：');
    expect(verify.stdout.match(/有效 {2}\d{4}-.*，由 Casebook Test TSA 签发/g)).toHaveLength(2);
  });

  it('exits 1 when the TSA cannot be reached, and 2 for an address that is not a web address', async () => {
    const down = await cli('timestamp', caseId, '--tsa-url', 'http://127.0.0.1:9/tsr');
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('无法连接时间戳服务');
    const bad = await cli('timestamp', caseId, '--tsa-url', 'ftp://tsa.example.com');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--tsa-url');
  });
});
