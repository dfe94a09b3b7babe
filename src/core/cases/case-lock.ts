import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { ApiFailure } from '../../shared/api/dispatch';
import { errorMessages } from '../../shared/messages/errors';

/**
 * The lock lives inside the case folder (a directory `.case.lock`, created atomically by
 * proper-lockfile) so that it never shows up as a stray entry in `cases/`.
 */
export const CASE_LOCK_NAME = '.case.lock';

/** Writes take milliseconds; waiting up to about three seconds covers a busy second process. */
const RETRIES = { retries: 12, factor: 1.5, minTimeout: 20, maxTimeout: 500 };

/**
 * Runs `work` while holding the per-case lock, so the app and the CLI (separate processes sharing a
 * workspace) never interleave a read-modify-write of the same case. A case that stays locked yields a
 * "busy, try again" failure instead of waiting forever.
 */
export async function withCaseLock<T>(folderPath: string, folder: string, work: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(folderPath, {
      lockfilePath: join(folderPath, CASE_LOCK_NAME),
      realpath: false,
      retries: RETRIES,
      // The default throws from a timer and would bring the whole app down. Compromise means the lock
      // went stale (over 10 s without an update): our critical sections are far shorter than that.
      onCompromised: () => {},
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new ApiFailure('io', errorMessages.caseBusy(folder));
    throw error;
  }
  try {
    return await work();
  } finally {
    await release().catch(() => {});
  }
}
