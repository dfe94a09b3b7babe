/**
 * Named moments in a write where a crash hurts most (a file renamed but not yet recorded, a log line
 * written but not yet fsynced …). The crash campaign (`npm run test:crash`) starts a child with
 * `CASEBOOK_CRASH_AT=<point>:<n>` and the child kills itself with SIGKILL the n-th time it passes that
 * point, so every such moment is hit on purpose rather than by luck. Without the variable this is
 * one property read.
 */
const [pointName, countText] = (process.env.CASEBOOK_CRASH_AT ?? '').split(':');
let remaining = Number(countText ?? '1') || 1;
/** Work that only sets a trial up (the crash campaign's `prepare`) passes points without counting them. */
let paused = 0;

export type CrashPoint =
  /** Files of a change are staged, nothing recorded yet. */
  | 'staged'
  /** The audit line is written but not yet fsynced. */
  | 'audit-written'
  /** The audit line is durable, no file of the change is in place yet. */
  | 'audited'
  /** One file of a change has just been renamed into place. */
  | 'renamed'
  /** A new case folder (created, or imported) has just been renamed into `cases/`. */
  | 'case-published';

export function crashPoint(name: CrashPoint): void {
  if (name !== pointName || paused > 0) return;
  remaining -= 1;
  if (remaining === 0) process.kill(process.pid, 'SIGKILL');
}

/** Runs `work` (set-up, nothing under test) without counting or crashing at any point it passes. */
export async function withoutCrashPoints<T>(work: () => Promise<T>): Promise<T> {
  paused += 1;
  try {
    return await work();
  } finally {
    paused -= 1;
  }
}
