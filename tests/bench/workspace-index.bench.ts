/**
 * Benchmark (`npm run bench`): a workspace of 1,000 cases. Opening it when nothing changed should cost
 * little more than the bare stat of each case's files (measured in the same run); listing and searching
 * the dashboard should stay well under a frame budget. Prints ratios, asserts nothing.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../../src/core/api/handlers';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import { dispatch } from '../../src/shared/api/dispatch';
import { writeSampleCases } from './case-folders';

const CASES = 1000;
const RUNS = 5;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const root = await mkdtemp(join(tmpdir(), 'casebook-bench-index-'));
process.env.CASEBOOK_CONFIG_DIR = join(root, 'config');
const casesDir = join(root, 'workspace', 'cases');
await writeSampleCases(join(root, 'workspace'), CASES);
// The first open builds the index; every later one only checks what changed.
(await WorkspaceSession.open(join(root, 'workspace'))).close();

// Baseline: the least any "did anything change?" check can do — list the folders and stat each one's files.
const baselineMs = await median(async () => {
  for (const folder of await readdir(casesDir)) {
    for (const file of ['case.json', 'evidence.json', 'timeline.json']) await stat(join(casesDir, folder, file)).catch(() => undefined);
  }
});
const openMs = await median(async () => (await WorkspaceSession.open(join(root, 'workspace'))).close());

const session = await WorkspaceSession.open(join(root, 'workspace'));
const handlers = createHandlers(session);
const listMs = await median(() => dispatch(handlers, 'cases:list', { view: 'active' }));
const searchMs = await median(() => dispatch(handlers, 'cases:list', { view: 'active', query: '案件 0999' }));
session.close();

console.log(`workspace index: ${CASES} cases, median of ${RUNS}`);
console.log(`  baseline stat of every case's files: ${baselineMs.toFixed(1)} ms`);
console.log(`  open with nothing changed: ${openMs.toFixed(1)} ms (ratio ${(openMs / baselineMs).toFixed(2)}× the baseline; target ≤ 3×)`);
console.log(`  dashboard list: ${listMs.toFixed(1)} ms, search: ${searchMs.toFixed(1)} ms (target < 50 ms, a few frames)`);
await rm(root, { recursive: true, force: true });
