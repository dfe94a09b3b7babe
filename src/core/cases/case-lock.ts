import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { ApiFailure } from '../../shared/api/dispatch';
import { errorMessages } from '../../shared/messages/errors';

/**
 * The lock lives inside the case folder (a directory `.case.lock`, created atomically by
 * proper-lockfile) so that it never shows up as a stray entry in `cases/`.
 */
export const CASE_LOCK_NAME = '.case.lock';

/** Writes take milliseconds; waiting up to about three seconds covers a busy second process. */
const LOCK_ATTEMPTS = 15;

/**
 * Takes the lock, retrying only while another holder has it. (proper-lockfile's own `retries` also
 * retries errors such as EROFS or EACCES, which never go away by waiting.)
 */
async function acquire(folderPath: string, busyMessage: string): Promise<() => Promise<void>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lockfile.lock(folderPath, {
        lockfilePath: join(folderPath, CASE_LOCK_NAME),
        realpath: false,
        // The default throws from a timer and would bring the whole app down. Compromise means the
        // lock went stale (over 10 s without an update): our critical sections are far shorter.
        onCompromised: () => {},
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (attempt >= LOCK_ATTEMPTS) throw new ApiFailure('io', busyMessage);
      await sleep(Math.min(20 * 1.5 ** attempt, 400));
    }
  }
}

/**
 * Runs `work` while holding the per-case lock, so the app and the CLI (separate processes sharing a
 * workspace) never interleave a read-modify-write of the same case. A case that stays locked yields a
 * "busy, try again" failure instead of waiting forever.
 */
export async function withCaseLock<T>(
  folderPath: string,
  folder: string,
  work: () => Promise<T>,
  /** What "still locked" says, for a folder that is not a case (the workspace's own `.casebook/`). */
  busyMessage: string = errorMessages.caseBusy(folder),
): Promise<T> {
  const release = await acquire(folderPath, busyMessage);
  try {
    return await work();
  } finally {
    await release().catch(() => {});
  }
}
