import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../../src/core/audit/audit-log';
import { CASE_LOCK_NAME, STALE_MS, withCaseLock } from '../../../src/core/cases/case-lock';
import { CaseStore } from '../../../src/core/cases/case-store';
import { leaveDeadLock } from '../dead-process';
import { sampleRecord } from '../sample-case';
import { tempDir } from '../temp-dir';

async function aCase() {
  const casesDir = join(tempDir(), 'cases');
  mkdirSync(casesDir);
  const store = new CaseStore(casesDir);
  const { folder } = await store.create(sampleRecord());
  return { folder, caseDir: store.pathOf(folder) };
}

const lockOf = (caseDir: string, owner: Record<string, unknown>) =>
  writeFileSync(join(caseDir, CASE_LOCK_NAME), JSON.stringify({ nonce: 'cafecafecafecafe', at: new Date().toISOString(), auditSize: 0, ...owner }));

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill('SIGKILL')));

describe('case lock', () => {
  it('takes over the lock of a process of this machine that died, at once, without a recovery line when nothing was left', async () => {
    const { folder, caseDir } = await aCase();
    const before = await readAudit(caseDir);
    leaveDeadLock(caseDir, 0);
    const started = Date.now();
    expect(await withCaseLock(caseDir, folder, async () => 'ran')).toBe('ran');
    expect(Date.now() - started).toBeLessThan(STALE_MS / 2);
    expect(await readAudit(caseDir)).toEqual(before);
    expect((await readdir(caseDir)).filter((name) => name.startsWith('.case.lock'))).toEqual([]);
  });

  // Reads the child's start time the way the lock does on Linux; elsewhere the lock has no start time to compare.
  it.skipIf(process.platform !== 'linux')('never takes over a live process, however old its lock; says the case is busy', async () => {
    const { folder, caseDir } = await aCase();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    children.push(child);
    await once(child, 'spawn');
    const start = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19];
    lockOf(caseDir, { pid: child.pid, host: hostname(), start });
    const old = new Date(Date.now() - 10 * STALE_MS);
    utimesSync(join(caseDir, CASE_LOCK_NAME), old, old);
    await expect(withCaseLock(caseDir, folder, async () => 'ran', { waitMs: 300 })).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('正在被其他窗口或命令行修改'),
    });
    expect(JSON.parse(readFileSync(join(caseDir, CASE_LOCK_NAME), 'utf8'))).toMatchObject({ pid: child.pid });
  });

  it('takes over a live PID whose process started at another time (the PID was reused)', async () => {
    const { folder, caseDir } = await aCase();
    lockOf(caseDir, { pid: process.pid, host: hostname(), start: '1' });
    expect(await withCaseLock(caseDir, folder, async () => 'ran', { waitMs: 300 })).toBe('ran');
  });

  it('waits for a lock of another machine on a shared folder while its heartbeat lasts, and takes it over once it stopped', async () => {
    const { folder, caseDir } = await aCase();
    lockOf(caseDir, { pid: 4242, host: 'another-pc' });
    await expect(withCaseLock(caseDir, folder, async () => 'ran', { waitMs: 300 })).rejects.toMatchObject({ code: 'io' });
    const silent = new Date(Date.now() - STALE_MS - 1000);
    utimesSync(join(caseDir, CASE_LOCK_NAME), silent, silent);
    expect(await withCaseLock(caseDir, folder, async () => 'ran', { waitMs: 300 })).toBe('ran');
  });

  it('takes over the directory lock an earlier version left, once old', async () => {
    const { folder, caseDir } = await aCase();
    mkdirSync(join(caseDir, CASE_LOCK_NAME));
    const old = new Date(Date.now() - STALE_MS - 1000);
    utimesSync(join(caseDir, CASE_LOCK_NAME), old, old);
    expect(await withCaseLock(caseDir, folder, async () => 'ran', { waitMs: 300 })).toBe('ran');
    expect(existsSync(join(caseDir, CASE_LOCK_NAME))).toBe(false);
  });

  it('lets only one of many contenders for a dead lock in at a time', async () => {
    const { folder, caseDir } = await aCase();
    leaveDeadLock(caseDir, 0);
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withCaseLock(caseDir, folder, async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
  });
});
