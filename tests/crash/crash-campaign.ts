/**
 * The crash campaign: child processes doing real work (see crash-operations.ts) are killed with
 * SIGKILL at random moments and at targeted points (each crash point of each operation, the n-th
 * rename included); after every kill the workspace is opened as the app opens it, and checked:
 *
 * - verify finds nothing wrong in any case (0 verify failures);
 * - in particular no change without its audit line (0 unaudited changes);
 * - no partial or leftover file: no temp file, staged copy, half-made case folder or export, import staging folder, or lock (0 partial files);
 * - every record a child acknowledged is there (0 acknowledged records lost).
 *
 * Kills are counted honestly by where they landed: in the middle of a run (begun, not acknowledged),
 * between runs, or before the first run began.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isTempFileName } from '../../src/core/fs/atomic-write';
import { CASE_LOCK_NAME } from '../../src/core/cases/case-lock';
import { STAGING_DIR } from '../../src/core/evidence/stage-copy';
import { stagingRoot } from '../../src/core/transfer/staging';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import type { VerifyProblem } from '../../src/shared/domain/integrity';
import { sampleFacts } from '../core/sample-case';
import { FACTS_FILE, OPERATIONS, recordPresent, type Acknowledged, type CrashOperation } from './crash-operations';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Inside the project, so the bundle resolves the project's packages (better-sqlite3, fonts …) as the sources do. */
const BUNDLE = join(projectRoot, 'node_modules', '.cache', 'casebook-crash', 'crash-child.mjs');
/** Trials run against one workspace before it is replaced by a fresh copy (the checks re-hash everything). */
const TRIALS_PER_WORKSPACE = 12;
/** A targeted child that never reaches its point (it should) is killed after this long and counted. */
const POINT_TIMEOUT_MS = 60_000;

export interface Trial {
  operation: string;
  /** `point:n`, or `random:<ms after the first run began>`. */
  kill: string;
}

export interface CampaignCounts {
  trials: number;
  kills: { random: number; targeted: number };
  landed: {
    midOperation: number;
    /** Of those, kills that left traces of a write in progress for recovery (a held lock, temp files, staged copies, a half-made case folder). */
    duringWrite: number;
    betweenRuns: number;
    beforeFirstRun: number;
    targetedPointNotReached: number;
  };
  runsAcknowledged: number;
  /** Runs that failed inside a child without being killed (a busy case, a damaged file …): should be 0. */
  childErrors: number;
  verifyFailures: number;
  unauditedChanges: number;
  partialFiles: number;
  acknowledgedLost: number;
  perOperation: Record<string, { trials: number; midOperation: number; acknowledged: number }>;
  /** What went wrong, for the report (empty when all is well). */
  findings: string[];
}

/**
 * Every targeted kill of a first run once (each point, each hit: after the first, second … rename),
 * then, alternately, a random kill and a targeted kill of a later run (the n-th hit reaches into the
 * second, third … run), the operations taking turns.
 */
export function planTrials(total: number, operations: readonly CrashOperation[] = OPERATIONS): Trial[] {
  const first = operations.flatMap((op) =>
    op.points.flatMap(({ point, hits }) => Array.from({ length: hits }, (_, i) => ({ operation: op.name, point, n: i + 1, hits }))),
  );
  const trials: Trial[] = first.map(({ operation, point, n }) => ({ operation, kill: `${point}:${n}` }));
  for (let i = 0; trials.length < total; i++) {
    if (i % 2 === 0) {
      const op = operations[(i / 2) % operations.length]!;
      trials.push({ operation: op.name, kill: `random:${Math.round(Math.random() * op.randomWindowMs)}` });
    } else {
      const j = (i - 1) / 2;
      const { operation, point, n, hits } = first[j % first.length]!;
      trials.push({ operation, kill: `${point}:${n + hits * (1 + Math.floor(j / first.length))}` });
    }
  }
  return trials.slice(0, total);
}

/** Bundles the child once per run of the campaign (plain JS starts far faster than TypeScript through tsx). */
export async function bundleChild(): Promise<void> {
  mkdirSync(dirname(BUNDLE), { recursive: true });
  await build({
    entryPoints: [join(projectRoot, 'tests', 'crash', 'crash-child.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
  });
}

export interface Child {
  process: ChildProcess;
  lines: string[];
  loaded: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * Starts a child: it loads everything, then waits for GO. `crashAt`: the point it kills itself at;
 * `runs`: how many runs before it exits by itself (none: until killed).
 */
export function startChild(workspace: string, caseId: string, scratch: string, { operation, crashAt, runs }: { operation: string; crashAt?: string; runs?: number }): Child {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.CASEBOOK_CRASH_AT;
  if (crashAt) env.CASEBOOK_CRASH_AT = crashAt;
  // A killed dossier export leaves its scratch folder behind: in the campaign's folder, removed with it.
  env.TMPDIR = join(scratch, 'tmp');
  mkdirSync(env.TMPDIR, { recursive: true });
  const args = [BUNDLE, workspace, caseId, scratch, operation, ...(runs === undefined ? [] : [String(runs)])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  let onLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (onLoaded = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (line === 'LOADED') onLoaded();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => {
      if (partial) lines.push(partial);
      onLoaded();
      resolve({ code, signal, stderr });
    }),
  );
  return { process: child, lines, loaded, exited };
}

const childOf = (trial: Trial) => ({ operation: trial.operation, ...(trial.kill.startsWith('random:') ? {} : { crashAt: trial.kill }) });

/** Lets a loaded child go, and kills it as the trial says (or lets it kill itself at its point). */
async function runChild(child: Child, trial: Trial): Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string; timedOut: boolean }> {
  await child.loaded;
  child.process.stdin!.write('GO\n');
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  if (trial.kill.startsWith('random:')) {
    const delay = Number(trial.kill.slice('random:'.length));
    // The clock starts when the first run begins, so the kill falls in the work, not the start-up.
    const began = setInterval(() => {
      if (!child.lines.some((line) => line.startsWith('BEGIN'))) return;
      clearInterval(began);
      timer = setTimeout(() => child.process.kill('SIGKILL'), delay);
    }, 2);
    child.exited.then(() => clearInterval(began));
  } else {
    timer = setTimeout(() => {
      timedOut = true;
      child.process.kill('SIGKILL');
    }, POINT_TIMEOUT_MS);
  }
  const exit = await child.exited;
  clearTimeout(timer);
  return { ...exit, timedOut };
}

/** Leftovers of interrupted writes that recovery should have finished or removed. */
function leftovers(workspace: string): string[] {
  const found: string[] = [];
  const casesDir = join(workspace, 'cases');
  for (const entry of readdirSync(casesDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) {
      found.push(`cases/${entry.name}`);
      continue;
    }
    const walk = (dir: string, relative: string) => {
      for (const inner of readdirSync(dir, { withFileTypes: true })) {
        const path = `${relative}/${inner.name}`;
        if (inner.isDirectory() && inner.name === STAGING_DIR) {
          for (const staged of readdirSync(join(dir, inner.name))) found.push(`${path}/${staged}`);
        } else if (inner.isDirectory() && inner.name.startsWith('.')) {
          // A folder assembled out of sight (a dossier export) that was never published.
          found.push(path);
        } else if (inner.isDirectory()) walk(join(dir, inner.name), path);
        else if (isTempFileName(inner.name) || inner.name.startsWith(CASE_LOCK_NAME)) found.push(path);
      }
    };
    walk(join(casesDir, entry.name), `cases/${entry.name}`);
  }
  // A case import unpacks there, under the import lock.
  for (const name of existsSync(stagingRoot(workspace)) ? readdirSync(stagingRoot(workspace)) : []) found.push(`.casebook/staging/${name}`);
  return found;
}

const UNAUDITED: ReadonlySet<VerifyProblem['kind']> = new Set(['unaudited', 'vanished', 'audit-mismatch']);

/**
 * A fresh workspace holding one case with one original, and the scratch folder children work from
 * (settings, source files, the facts of new cases).
 */
export async function templateWorkspace(root: string): Promise<{ workspace: string; caseId: string; scratch: string }> {
  const workspace = join(root, 'template');
  const scratch = join(root, 'scratch');
  mkdirSync(scratch);
  writeFileSync(join(scratch, FACTS_FILE), JSON.stringify(sampleFacts()));
  const session = await WorkspaceSession.open(workspace, { env: { CASEBOOK_CONFIG_DIR: scratch } });
  try {
    const { id } = await session.cases.create(sampleFacts());
    const source = join(scratch, '订单支付截图.txt');
    writeFileSync(source, '支付宝账单 98.00');
    await session.evidence.importPaths({ caseId: id, paths: [source] });
    return { workspace, caseId: id, scratch };
  } finally {
    session.close();
  }
}

/**
 * Runs `trials` (see {@link planTrials}) and counts what happened; `onTrial` hears of each as it ends.
 * The next child loads while the previous trial is checked, so start-up time is mostly hidden.
 */
export async function runCampaign(trials: readonly Trial[], onTrial: (done: number, counts: CampaignCounts) => void = () => {}): Promise<CampaignCounts> {
  await bundleChild();
  const root = mkdtempSync(join(tmpdir(), 'casebook-crash-'));
  const counts: CampaignCounts = {
    trials: 0,
    kills: { random: 0, targeted: 0 },
    landed: { midOperation: 0, duringWrite: 0, betweenRuns: 0, beforeFirstRun: 0, targetedPointNotReached: 0 },
    runsAcknowledged: 0,
    childErrors: 0,
    verifyFailures: 0,
    unauditedChanges: 0,
    partialFiles: 0,
    acknowledgedLost: 0,
    perOperation: {},
    findings: [],
  };
  try {
    const template = await templateWorkspace(root);
    const scratch = template.scratch;
    let workspace = '';
    let acknowledged: { record: Acknowledged; operation: CrashOperation }[] = [];
    const freshWorkspace = (n: number) => {
      workspace = join(root, `ws-${n}`);
      cpSync(template.workspace, workspace, { recursive: true });
      acknowledged = [];
    };
    let next: Child | undefined;
    for (const [index, trial] of trials.entries()) {
      if (index % TRIALS_PER_WORKSPACE === 0) {
        if (next) {
          next.process.kill('SIGKILL');
          await next.exited;
        }
        if (workspace) rmSync(workspace, { recursive: true, force: true });
        freshWorkspace(index);
        next = undefined;
      }
      const child = next ?? startChild(workspace, template.caseId, scratch, childOf(trial));
      const upcoming = trials[index + 1];
      const exit = await runChild(child, trial);
      // Load the next child while this trial is checked (it waits for GO before touching the workspace).
      next = upcoming && (index + 1) % TRIALS_PER_WORKSPACE !== 0 ? startChild(workspace, template.caseId, scratch, childOf(upcoming)) : undefined;
      const operation = OPERATIONS.find((op) => op.name === trial.operation)!;
      const perOp = (counts.perOperation[trial.operation] ??= { trials: 0, midOperation: 0, acknowledged: 0 });
      counts.trials += 1;
      perOp.trials += 1;
      if (trial.kill.startsWith('random:')) counts.kills.random += 1;
      else counts.kills.targeted += 1;

      const lines = child.lines;
      for (const line of lines.filter((l) => l.startsWith('ACK '))) {
        acknowledged.push({ record: JSON.parse(line.slice(4)) as Acknowledged, operation });
        counts.runsAcknowledged += 1;
        perOp.acknowledged += 1;
      }
      const failure = lines.find((l) => l.startsWith('FAIL '));
      if (failure || exit.signal !== 'SIGKILL') {
        counts.childErrors += 1;
        counts.findings.push(`${trial.operation} ${trial.kill}: child ${failure ? `run failed ${failure.slice(5)}` : `exited ${exit.code}: ${exit.stderr.slice(0, 400)}`}`);
      }
      const lastBegin = lines.map((l) => l.startsWith('BEGIN')).lastIndexOf(true);
      if (exit.timedOut) {
        counts.landed.targetedPointNotReached += 1;
        counts.findings.push(`${trial.operation} ${trial.kill}: the point was never reached`);
      } else if (lastBegin < 0) counts.landed.beforeFirstRun += 1;
      else if (lines.slice(lastBegin).some((l) => l.startsWith('ACK') || l.startsWith('FAIL') || l.startsWith('DONE'))) counts.landed.betweenRuns += 1;
      else {
        counts.landed.midOperation += 1;
        perOp.midOperation += 1;
      }

      if (leftovers(workspace).length > 0) counts.landed.duringWrite += 1;
      // As the app would: open (which recovers), then check everything.
      const session = await WorkspaceSession.open(workspace, { env: { CASEBOOK_CONFIG_DIR: scratch } });
      try {
        const listing = session.cases.list({ view: 'active' });
        if (listing.damaged.length > 0) {
          counts.partialFiles += listing.damaged.length;
          counts.findings.push(`${trial.operation} ${trial.kill}: damaged folders ${JSON.stringify(listing.damaged)}`);
        }
        for (const summary of listing.cases) {
          const report = await session.verify(summary.id);
          if (report.ok) continue;
          counts.verifyFailures += 1;
          counts.unauditedChanges += report.problems.filter((p) => UNAUDITED.has(p.kind)).length;
          counts.findings.push(`${trial.operation} ${trial.kill}: verify ${summary.folder}: ${JSON.stringify(report.problems)}`);
        }
        const left = leftovers(workspace);
        counts.partialFiles += left.length;
        if (left.length > 0) counts.findings.push(`${trial.operation} ${trial.kill}: leftovers ${left.join(', ')}`);
        for (const { record, operation: op } of acknowledged) {
          if (await (op.present ?? recordPresent)(session, record)) continue;
          counts.acknowledgedLost += 1;
          counts.findings.push(`${trial.operation} ${trial.kill}: acknowledged ${JSON.stringify(record)} is gone`);
        }
      } finally {
        session.close();
      }
      onTrial(index + 1, counts);
    }
    if (next) {
      next.process.kill('SIGKILL');
      await next.exited;
    }
    return counts;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
