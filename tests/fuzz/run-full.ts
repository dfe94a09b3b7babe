/**
 * `npm run test:fuzz`: the property and fuzz tests of `tests/fuzz` at their full size (100,000 generated
 * names and more; `npm test` runs a tenth of each). The `[fuzz]` lines it prints are the figures quoted
 * in the README's Reliability section. A full run takes minutes, so the per-test limit is lifted: these
 * are big runs by design, not hangs.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const projectRoot = resolve(import.meta.dirname, '../..');
// Vitest's command-line entry, next to its package.json (its `exports` do not list it).
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const started = Date.now();
const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/vitest.config.ts', 'tests/fuzz', '--testTimeout=0', '--hookTimeout=0'], {
  cwd: projectRoot,
  env: { ...process.env, CASEBOOK_FUZZ: 'full' },
  stdio: 'inherit',
});
console.log(`full fuzz run: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = run.status ?? 1;
