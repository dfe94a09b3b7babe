/**
 * Benchmark (`npm run bench`): how fast the `casebook` command answers, as a ratio to `node -e 0`
 * measured in the same run (interleaved, so both see the same machine load). Targets: `--help` and
 * `workdays add` ≤ 3×, `case list --json` on a workspace of 1,000 cases ≤ 6×, peak memory of
 * `workdays add` ≤ 60 MB. Needs `npm run build` first. Prints figures, asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSampleCases } from './case-folders';

const CASES = 1000;
const ROUNDS = 15;
const projectRoot = resolve(import.meta.dirname, '../..');
const casebook = join(projectRoot, 'bin/casebook.js');
if (!existsSync(join(projectRoot, 'out/main/cli.js'))) throw new Error('run `npm run build` before this benchmark');

const root = mkdtempSync(join(tmpdir(), 'casebook-bench-cli-'));
const workspace = join(root, 'workspace');
const rssFile = join(root, 'max-rss');
const env = { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config'), CASEBOOK_WORKSPACE: workspace };
await writeSampleCases(workspace, CASES);

interface Probe {
  name: string;
  args: string[];
  target?: number;
  /** The ratio before issue #12 (main at fe38eda, this bench, same machine, load average ≈ 24). */
  before?: number;
}
const BEFORE_PEAK_MB = 121;
const baseline: Probe = { name: 'node -e 0', args: ['-e', '0'] };
const probes: Probe[] = [
  { name: 'casebook --help', args: [casebook, '--help'], target: 3, before: 31.9 },
  { name: 'casebook workdays add 2024-05-20 7', args: [casebook, 'workdays', 'add', '2024-05-20', '7'], target: 3, before: 32.6 },
  { name: `casebook case list --json (${CASES} cases)`, args: [casebook, 'case', 'list', '--json'], target: 6, before: 46.9 },
];

function run(args: readonly string[], extra: readonly string[] = []): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [...extra, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr.toString()}`);
  return ms;
}

/** The process's own peak resident set (getrusage maxrss), written as it exits. */
function peakRssMb(args: readonly string[]): number {
  const hook = `import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(rssFile)},String(process.resourceUsage().maxRSS)))`;
  run(args, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`]);
  return Number(readFileSync(rssFile, 'utf8')) / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// The first run builds the index (and fills Node's compile cache where the command enables it).
for (const probe of [baseline, ...probes]) run(probe.args);

const times = new Map<Probe, number[]>([baseline, ...probes].map((probe) => [probe, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const probe of [baseline, ...probes]) times.get(probe)!.push(run(probe.args));
}

const baselineMs = median(times.get(baseline)!);
console.log(`CLI start-up: median of ${ROUNDS} interleaved runs, Node ${process.version}`);
console.log(`  ${baseline.name}: ${baselineMs.toFixed(0)} ms`);
for (const probe of probes) {
  const ms = median(times.get(probe)!);
  console.log(`  ${probe.name}: ${ms.toFixed(0)} ms (${(ms / baselineMs).toFixed(1)}× node -e 0; target ≤ ${probe.target}×; before #12 ${probe.before}×)`);
}
const workdays = probes[1]!;
console.log(
  `  peak memory: node -e 0 ${peakRssMb(baseline.args).toFixed(0)} MB, ${workdays.name} ${peakRssMb(workdays.args).toFixed(0)} MB (target ≤ 60 MB; before #12 ${BEFORE_PEAK_MB} MB)`,
);
rmSync(root, { recursive: true, force: true });
