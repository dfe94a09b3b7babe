import { execFileSync } from 'node:child_process';
import { openSync, readdirSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { dispatch } from '../../../src/shared/api/dispatch';
import { sampleIntake } from '../sample-case';
import { tempDir } from '../temp-dir';

/**
 * Real disk-full and read-only conditions, as the reliability notes ask: a tiny tmpfs, remounted
 * read-only. Needs root (mount); skipped elsewhere.
 */
const mountTinyDisk = (dir: string): boolean => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const probe = tempDir();
const canMount = mountTinyDisk(probe);
if (canMount) execFileSync('umount', [probe]);

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', ['-l', dir]);
  vi.unstubAllEnvs();
});

async function workspaceOnTinyDisk() {
  vi.stubEnv('CASEBOOK_CONFIG_DIR', tempDir());
  const disk = tempDir();
  expect(mountTinyDisk(disk)).toBe(true);
  mounted.push(disk);
  const session = await WorkspaceSession.open(join(disk, 'ws'));
  const call = (channel: string, input: unknown) => dispatch(createHandlers(session), channel, input);
  return { disk, session, call };
}

/** Fills the file system until it refuses another byte. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!canMount)('disk failures', () => {
  it('disk full: says so naming the file, leaves no case folder and no index entry', async () => {
    const { disk, session, call } = await workspaceOnTinyDisk();
    fillDisk(join(disk, 'filler'));
    const result = await call('cases:create', { intake: sampleIntake() });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('磁盘空间不足') } });
    if (!result.ok) expect(result.error.message).toContain(join(disk, 'ws', 'cases'));
    expect(readdirSync(join(disk, 'ws', 'cases'))).toEqual([]);
    expect(session.info()).toMatchObject({ caseCount: 0, damagedCount: 0 });
    session.close();
  });

  it('read-only case folder: refuses the edit naming the folder, and the case file is unchanged', async () => {
    const { disk, session, call } = await workspaceOnTinyDisk();
    const created = await call('cases:create', { intake: sampleIntake() });
    if (!created.ok) throw new Error(created.error.message);
    const { id, folder } = created.value as { id: string; folder: string };
    const folderPath = join(disk, 'ws', 'cases', folder);
    const before = readFileSync(join(folderPath, 'case.json'), 'utf8');
    execFileSync('mount', ['--bind', folderPath, folderPath]);
    mounted.unshift(folderPath);
    execFileSync('mount', ['-o', 'remount,bind,ro', folderPath]);

    const result = await call('cases:set-status', { id, status: 'closed' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('只读') } });
    if (!result.ok) expect(result.error.message).toContain(folder);
    expect(readFileSync(join(folderPath, 'case.json'), 'utf8')).toBe(before);
    expect((await call('cases:get', { ref: id })).ok).toBe(true);
    session.close();
  });

  it('read-only workspace: opening fails with a message naming the place', async () => {
    const { disk, session } = await workspaceOnTinyDisk();
    session.close();
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    await expect(WorkspaceSession.open(join(disk, 'ws'))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining(join(disk, 'ws')),
    });
  });
});
