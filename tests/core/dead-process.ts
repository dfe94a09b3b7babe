import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CASE_LOCK_NAME } from '../../src/core/cases/case-lock';

/** The PID of a process that has exited (a child that ran nothing). */
export function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** What a process that died holding a case's lock leaves: the lock file naming it. */
export function leaveDeadLock(caseDir: string, auditSize: number): void {
  const owner = { pid: deadPid(), host: hostname(), nonce: 'deadbeefdeadbeef', at: new Date().toISOString(), auditSize };
  writeFileSync(join(caseDir, CASE_LOCK_NAME), JSON.stringify(owner));
}
