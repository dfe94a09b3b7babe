import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_LOCK_NAME } from '../../../src/core/cases/case-lock';
import { recoverImports } from '../../../src/core/evidence/recover-imports';
import { STAGING_DIR } from '../../../src/core/evidence/stage-copy';
import { verifyEvidence } from '../../../src/core/evidence/verify-evidence';
import { makeLocker } from './locker-helpers';

const CHILD = join(import.meta.dirname, 'import-crash.child.ts');
const ROUNDS = 24;

/** Runs the importing child until it has committed `minimum` items, plus a random moment, then SIGKILLs it. */
function importThenKill(caseDir: string, files: string[], delayMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, caseDir, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: string[] = [];
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      committed.push(...d.toString().split('\n').filter(Boolean));
      // Arm the kill only once imports are under way, so every round kills mid-work.
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') done(committed);
      else fail(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

describe('import under SIGKILL', () => {
  // Sized to the work: each round starts a Node child (with tsx) and recovers after it; on a busy
  // machine one round can take many times its idle second.
  it('never leaves a partial file visible, and every index entry matches its file after recovery', { timeout: ROUNDS * 30_000 }, async () => {
    const { locker, source, caseDir, root } = await makeLocker();
    const files = [
      await source('small.txt', '聊天记录'.repeat(100)),
      await source('medium.bin', Buffer.alloc(3 * 1024 * 1024, 7)),
      await source('large.bin', Buffer.alloc(12 * 1024 * 1024, 9)),
    ];
    const everCommitted = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const printed = await importThenKill(caseDir, files, Math.floor(Math.random() * 60));
      printed.forEach((id) => everCommitted.add(id));
      // The killed child's lock stays behind; proper-lockfile treats it as stale after 10 s, which a
      // restarted app would be past. Removing it stands in for that wait.
      await rm(join(caseDir, CASE_LOCK_NAME), { recursive: true, force: true });
      // As at start-up after a crash (staging leftovers are old by then).
      await recoverImports(locker, Date.now() + 10 * 60_000);

      expect(await readdir(join(caseDir, STAGING_DIR))).toEqual([]);
      const report = await verifyEvidence(locker);
      expect(report.problems).toEqual([]);
      const listed = new Set((await locker.list()).map((item) => item.id));
      for (const id of everCommitted) expect(listed.has(id)).toBe(true);
    }
    expect(everCommitted.size).toBeGreaterThan(ROUNDS);
    await rm(root, { recursive: true, force: true });
  });
});
