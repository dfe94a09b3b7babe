import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readdir, readFile, rm, rmdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiFailure } from '../../shared/api/dispatch';
import { errorMessages } from '../../shared/messages/errors';
import { AUDIT_LOG_NAME } from '../audit/audit-log';
import { recoverAfterCrash } from '../audit/audit-recovery';
import { currentProcess, isDeadHere, processTag, tagState, type ProcessIdentity } from '../fs/process-identity';
import { CASE_LOCK_NAME } from './case-folder-layout';

/**
 * The per-case lock: a file `.case.lock` inside the case folder (so it never shows up as a stray
 * entry in `cases/`), holding who took it. It is created complete in one step (a hard link from a
 * private file), so nobody ever reads a half-written lock.
 */
export { CASE_LOCK_NAME };
const TAKEOVER_SUFFIX = '.takeover';

/** Writes take milliseconds; a live holder is waited for this long before "busy, try again". */
const WAIT_MS = 10_000;
/**
 * A lock whose owner cannot be checked (another machine on a shared folder, a system without
 * process start times) is stale once its heartbeat stopped for this long.
 */
export const STALE_MS = 10_000;
const HEARTBEAT_MS = 2_000;

/** What the lock file says. */
export interface LockOwner extends ProcessIdentity {
  nonce: string;
  at: string;
  /** The audit log's size when the lock was taken: anything after it was written by this owner. */
  auditSize: number;
}

/** A lock found in place: who holds it (unknown when unreadable or left by an earlier version) and since when it was refreshed. */
interface HeldLock {
  owner?: LockOwner;
  text: string;
  mtimeMs: number;
  /** Earlier versions locked with a directory (proper-lockfile). */
  directory: boolean;
}

async function readHeld(path: string): Promise<HeldLock | undefined> {
  try {
    const info = await lstat(path);
    if (info.isDirectory()) return { text: '', mtimeMs: info.mtimeMs, directory: true };
    const text = await readFile(path, 'utf8');
    let owner: LockOwner | undefined;
    try {
      const parsed = JSON.parse(text) as LockOwner;
      if (typeof parsed.pid === 'number' && typeof parsed.nonce === 'string') owner = parsed;
    } catch {
      // Unreadable: judged by its age alone.
    }
    return { ...(owner ? { owner } : {}), text, mtimeMs: info.mtimeMs, directory: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Whether a lock's owner is gone. A process on this machine whose start time is known is checked
 * directly: a dead owner is taken over at once, and a live one is never taken over however long it
 * works. Anything else (another machine, an unreadable lock) counts as gone once its heartbeat has
 * stopped for {@link STALE_MS}.
 */
function isStale(held: HeldLock, now: number): boolean {
  const silent = now - held.mtimeMs > STALE_MS;
  const owner = held.owner;
  if (!owner || owner.host !== currentProcess().host) return silent;
  if (isDeadHere(owner)) return true;
  return owner.start === undefined && silent;
}

const sameLock = (a: HeldLock, b: HeldLock) => a.directory === b.directory && a.text === b.text && a.mtimeMs === b.mtimeMs;

async function removeHeld(path: string, held: HeldLock): Promise<void> {
  if (held.directory) await rm(path, { recursive: true, force: true });
  else await unlink(path);
}

/**
 * Removes a stale lock and puts ours in its place. Only one process at a time does this (the
 * `.takeover` directory), and it checks under that guard that the lock is still the stale one it
 * judged, so a lock another process has just taken is never removed.
 */
async function takeOver(path: string, stale: HeldLock, place: () => Promise<boolean>): Promise<boolean> {
  const guard = `${path}${TAKEOVER_SUFFIX}`;
  try {
    await mkdir(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A guard is held for microseconds; one left by a crash is cleared once old.
    const info = await stat(guard).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_MS) await rmdir(guard).catch(() => {});
    return false;
  }
  try {
    const now = await readHeld(path);
    if (now && !sameLock(now, stale)) return false;
    if (now) await removeHeld(path, now);
    return await place();
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

async function logSize(caseDir: string): Promise<number> {
  return (await stat(join(caseDir, AUDIT_LOG_NAME)).catch(() => undefined))?.size ?? 0;
}

/** Creates the lock file from a private file in one step; false when a lock is already there. */
async function place(path: string, privateFile: string, owner: LockOwner): Promise<boolean> {
  try {
    await link(privateFile, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network shares): exclusive create, then write.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return true;
    } catch (fallback) {
      if ((fallback as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallback;
    }
  }
}

interface Acquired {
  owner: LockOwner;
  /** The owner of a stale lock this one replaced (null: it could not be read). */
  replaced?: LockOwner | null;
}

async function acquire(caseDir: string, waitMs: number, busyMessage: string): Promise<Acquired> {
  const path = join(caseDir, CASE_LOCK_NAME);
  const nonce = randomBytes(8).toString('hex');
  const owner: LockOwner = { ...currentProcess(), nonce, at: new Date().toISOString(), auditSize: await logSize(caseDir) };
  // Named with the process tag: a file a killed process left half-written is still known to be its.
  const privateFile = `${path}.${nonce}.${processTag()}`;
  try {
    await writeFile(privateFile, JSON.stringify(owner), { flag: 'wx' });
  } catch (error) {
    // A full disk creates the file and then refuses its content.
    await unlink(privateFile).catch(() => {});
    // The lock file means nothing to the person; the case folder that cannot be written does.
    (error as NodeJS.ErrnoException).path = caseDir;
    throw error;
  }
  try {
    const deadline = Date.now() + waitMs;
    for (let attempt = 1; ; attempt++) {
      if (await place(path, privateFile, owner)) return { owner };
      const held = await readHeld(path);
      if (!held) continue;
      if (isStale(held, Date.now())) {
        if (await takeOver(path, held, () => place(path, privateFile, owner))) return { owner, replaced: held.owner ?? null };
        continue;
      }
      if (Date.now() >= deadline) throw new ApiFailure('io', busyMessage);
      await sleep(Math.min(10 * 1.5 ** attempt, 250));
    }
  } finally {
    await unlink(privateFile).catch(() => {});
  }
}

async function release(caseDir: string, owner: LockOwner): Promise<void> {
  const path = join(caseDir, CASE_LOCK_NAME);
  const held = await readHeld(path).catch(() => undefined);
  // Never remove a lock that is not ours (taken over after our heartbeat stopped, on a shared folder).
  if (held?.owner?.nonce === owner.nonce) await unlink(path).catch(() => {});
}

/**
 * Removes the private files a process left when it died between creating its lock content and
 * linking it into place (`.case.lock.<nonce>.<process tag>`): at once when the process is gone,
 * after {@link STALE_MS} when it cannot be told (another machine).
 */
export async function sweepLockLeftovers(caseDir: string, now = Date.now()): Promise<void> {
  const names = await readdir(caseDir).catch(() => [] as string[]);
  for (const name of names) {
    const tag = /^\.case\.lock\.[0-9a-f]{16}\.(.+)$/.exec(name)?.[1];
    if (tag === undefined) continue;
    const owner = tagState(tag);
    const path = join(caseDir, name);
    if (owner === 'alive') continue;
    if (owner === 'unknown' && now - ((await stat(path).catch(() => undefined))?.mtimeMs ?? now) <= STALE_MS) continue;
    await unlink(path).catch(() => {});
  }
}

/** Whether a live process (or one that cannot be judged yet) holds the case's lock now. */
export async function hasLiveLock(caseDir: string): Promise<boolean> {
  const held = await readHeld(join(caseDir, CASE_LOCK_NAME)).catch(() => undefined);
  return held !== undefined && !isStale(held, Date.now());
}

/** Whether a case folder holds a lock file (taken now, or left by a process that died). */
export async function hasLockFile(caseDir: string): Promise<boolean> {
  return (await readHeld(join(caseDir, CASE_LOCK_NAME)).catch(() => undefined)) !== undefined;
}

/**
 * Runs `work` while holding the per-case lock, so the app and the CLI (separate processes sharing a
 * workspace) never interleave a read-modify-write of the same case. A lock left by a process that
 * died is taken over at once, and what that process left unfinished is recovered first (see
 * `recoverAfterCrash`); a case that a live process keeps locked yields "busy, try again".
 */
export async function withCaseLock<T>(
  caseDir: string,
  folder: string,
  work: () => Promise<T>,
  {
    waitMs = WAIT_MS,
    /** What "still locked" says, for a folder that is not a case (the workspace's own `.casebook/`). */
    busyMessage = errorMessages.caseBusy(folder),
  }: { waitMs?: number; busyMessage?: string } = {},
): Promise<T> {
  const { owner, replaced } = await acquire(caseDir, waitMs, busyMessage);
  const path = join(caseDir, CASE_LOCK_NAME);
  // Keeps the lock fresh for those who can only judge it by its age (another machine).
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    if (replaced !== undefined) await recoverAfterCrash(caseDir, replaced);
    return await work();
  } finally {
    clearInterval(heartbeat);
    await release(caseDir, owner);
  }
}
