import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStaging, stagingRoot, sweepStaging } from '../../../src/core/transfer/staging';
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
});
