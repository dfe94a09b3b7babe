import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_LOCK_NAME, withCaseLock } from '../../../src/core/cases/case-lock';
import { processTag } from '../../../src/core/fs/process-identity';
import { createStaging, stagingRoot, sweepStaging } from '../../../src/core/transfer/staging';
import { deadPid, leaveDeadLock } from '../dead-process';
import { tempDir } from '../temp-dir';

describe('import staging', () => {
  it('removes what a process that is gone left, and keeps what a running one is writing', async () => {
    const workspace = tempDir();
    // A PID that certainly ended: a child that already exited.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const left = join(stagingRoot(workspace), `import-${gone}-a1b2c3d4e5f6`);
    mkdirSync(join(left, 'evidence'), { recursive: true });
    writeFileSync(join(left, 'evidence', 'half.png'), 'half');
    const mine = await createStaging(workspace, 'import');

    expect(await sweepStaging(workspace)).toEqual([`import-${gone}-a1b2c3d4e5f6`]);
    expect(existsSync(left)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });

  it('removes the import lock an importer that was killed held, and keeps the lock of one still at work', async () => {
    const workspace = tempDir();
    const root = stagingRoot(workspace);
    mkdirSync(root, { recursive: true });
    leaveDeadLock(root, 0);
    // Killed while taking the lock: its private file, named after the process.
    const privateFile = join(root, `${CASE_LOCK_NAME}.deadbeefdeadbeef.${processTag({ pid: deadPid(), host: hostname() })}`);
    writeFileSync(privateFile, '{}');
    await sweepStaging(workspace);
    expect(existsSync(join(root, CASE_LOCK_NAME))).toBe(false);
    expect(existsSync(privateFile)).toBe(false);

    await withCaseLock(root, 'staging', async () => {
      await sweepStaging(workspace);
      expect(existsSync(join(root, CASE_LOCK_NAME))).toBe(true);
    });
  });
});
