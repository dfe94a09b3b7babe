/**
 * Benchmark (`npm run bench`): importing evidence against a durable copy plus a hash of the same
 * files, measured in the same run (`cp`, then `sync`, then `sha256sum`). Target: ratio ≤ 1.0 (one
 * read pass instead of two) and peak memory under 200 MB. Sizes can be scaled down with
 * CASEBOOK_BENCH_SCALE (e.g. 0.1) on slow disks; the ratio is what matters.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { withCaseLock } from '../../src/core/cases/case-lock';
import { EvidenceLocker } from '../../src/core/evidence/evidence-locker';
import { writeCaseFolder } from '../core/case-folders';
import { sampleRecord } from '../core/sample-case';

const MB = 1024 * 1024;
const scale = Number(process.env.CASEBOOK_BENCH_SCALE ?? '1');
const SMALL_COUNT = Math.max(1, Math.round(200 * scale));
const SMALL_SIZE = 2 * MB;
const LARGE_SIZE = Math.max(MB, Math.round(500 * scale) * MB);
const ROUNDS = 4;

async function writeRandomFile(path: string, size: number): Promise<void> {
  // Pseudo-random content so no layer can shortcut zero pages; one 1 MB block reused with a twist.
  const block = Buffer.alloc(MB);
  for (let i = 0; i < MB; i += 4) block.writeUInt32LE((Math.random() * 2 ** 32) >>> 0, i);
  const handle = await open(path, 'w');
  try {
    for (let written = 0, n = 0; written < size; written += MB, n++) {
      block.writeUInt32LE(n, 0);
      await handle.write(block, 0, Math.min(MB, size - written));
    }
  } finally {
    await handle.close();
  }
}

/** Flush, then let the file system finish freeing what was deleted: each measurement starts on a quiet disk. */
const settle = async () => {
  execFileSync('sync');
  await new Promise((done) => setTimeout(done, 3000));
};

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'casebook-bench-'));
  const sources = join(root, 'sources');
  await mkdir(sources);
  for (let i = 0; i < SMALL_COUNT; i++) await writeRandomFile(join(sources, `截图${String(i).padStart(3, '0')}.png`), SMALL_SIZE);
  await writeRandomFile(join(sources, '录屏.mp4'), LARGE_SIZE);
  const files = (await readdir(sources)).map((name) => join(sources, name));
  const totalMb = (SMALL_COUNT * SMALL_SIZE + LARGE_SIZE) / MB;
  await settle();

  // Several rounds, medians: one run of either is at the mercy of the disk's write-back state.
  const baselineRuns: number[] = [];
  const importRuns: number[] = [];
  let peakRss = process.memoryUsage().rss;
  const runBaseline = async (round: number) => {
    // Baseline: what a careful person would do by hand — copy, make it durable, then hash the copies.
    const copyDir = join(root, `baseline-${round}`);
    const start = performance.now();
    execFileSync('cp', ['-r', sources, copyDir]);
    execFileSync('sync');
    execFileSync('sh', ['-c', `sha256sum "${copyDir}"/* > /dev/null`]);
    baselineRuns.push(performance.now() - start);
    await rm(copyDir, { recursive: true });
    await settle();
  };
  const runImport = async (round: number) => {
    // A case folder as the app makes it: case.json and the audit log's first line.
    const caseDir = writeCaseFolder(join(root, `cases-${round}`), 'bench', sampleRecord());
    const locker = new EvidenceLocker(caseDir, (work) => withCaseLock(caseDir, 'bench', work));
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const start = performance.now();
    const batch = await locker.importFiles(files);
    importRuns.push(performance.now() - start);
    clearInterval(sampler);
    if (batch.rejected.length > 0) throw new Error(JSON.stringify(batch.rejected));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    await rm(join(root, `cases-${round}`), { recursive: true, force: true });
    await settle();
  };
  // Which one goes first alternates, so neither always pays for the other's write-back and deletes.
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      await runBaseline(round);
      await runImport(round);
    } else {
      await runImport(round);
      await runBaseline(round);
    }
  }
  const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const baselineMs = median(baselineRuns);
  const importMs = median(importRuns);

  const ratio = importMs / baselineMs;
  const seconds = (runs: number[]) => runs.map((ms) => (ms / 1000).toFixed(2)).join(' / ');
  console.log(`evidence import: ${files.length} files, ${totalMb.toFixed(0)} MB, median of ${ROUNDS} alternating rounds`);
  console.log(`  baseline cp + sync + sha256sum: ${(baselineMs / 1000).toFixed(2)} s (${seconds(baselineRuns)})`);
  console.log(`  casebook import (one drop: hash while copying, fsync each file): ${(importMs / 1000).toFixed(2)} s (${seconds(importRuns)})`);
  console.log(`  ratio: ${ratio.toFixed(2)}× (target ≤ 1.00×) ${ratio <= 1 ? 'OK' : 'OVER'}`);
  console.log(`  peak RSS: ${(peakRss / MB).toFixed(0)} MB (target < 200 MB) ${peakRss < 200 * MB ? 'OK' : 'OVER'}`);
  await rm(root, { recursive: true, force: true });
}

await main();
