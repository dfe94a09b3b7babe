import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who a process is, well enough to tell later whether it is still running: a PID alone is not enough,
 * since PIDs are reused (after a reboot, within minutes on a busy machine). On Linux the kernel's
 * start time of the process (clock ticks since boot, `/proc/<pid>/stat` field 22) and the boot id
 * pin it down; elsewhere only the PID is known and a lock falls back to its heartbeat.
 */
export interface ProcessIdentity {
  pid: number;
  host: string;
  /** The process's start time as the kernel reports it; absent where it cannot be read. */
  start?: string;
  /** Changes with every boot (Linux): a process of an earlier boot is gone. */
  boot?: string;
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** Field 22 of `/proc/<pid>/stat`; the command name before it may hold spaces and parentheses. */
function startTicks(pid: number | 'self'): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the name start at field 3 (state), so field 22 is index 19.
  return fields[19];
}

let self: ProcessIdentity | undefined;

/** This process. */
export function currentProcess(): ProcessIdentity {
  if (!self) {
    const start = startTicks('self');
    const boot = readText('/proc/sys/kernel/random/boot_id');
    self = { pid: process.pid, host: hostname(), ...(start ? { start } : {}), ...(boot ? { boot } : {}) };
  }
  return self;
}

const hostTag = (host: string) => createHash('sha256').update(host).digest('hex').slice(0, 8);

/**
 * A short tag naming this process in file names (staged copies, new case folders), so that what a
 * crashed process left can be told from what a running one is still writing.
 */
export function processTag(identity: ProcessIdentity = currentProcess()): string {
  return `${identity.pid}-${identity.start ?? 'x'}-${hostTag(identity.host)}`;
}

/** Whether the process a tag names is provably gone, still running, or of another machine (or a malformed tag): unknown. */
export function tagState(tag: string): 'dead' | 'alive' | 'unknown' {
  const match = /^(\d+)-(\d+|x)-([0-9a-f]{8})$/.exec(tag);
  if (!match || match[3] !== hostTag(currentProcess().host)) return 'unknown';
  return isDeadHere({ pid: Number(match[1]), ...(match[2] === 'x' ? {} : { start: match[2] }) }) ? 'dead' : 'alive';
}

/**
 * Whether a process of THIS machine is provably gone: its PID runs no process, or runs one that
 * started at another time (the PID was reused), or it belonged to an earlier boot. `false` means
 * "running, or cannot tell" — callers then wait, or rely on a heartbeat.
 */
export function isDeadHere(owner: Pick<ProcessIdentity, 'pid' | 'start' | 'boot'>): boolean {
  const me = currentProcess();
  if (owner.boot && me.boot && owner.boot !== me.boot) return true;
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return true;
  if (owner.pid === me.pid) return owner.start !== undefined && me.start !== undefined && owner.start !== me.start;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: a process exists that we may not signal.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  if (owner.start === undefined) return false;
  const running = startTicks(owner.pid);
  return running !== undefined && running !== owner.start;
}
