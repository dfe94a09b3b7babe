/**
 * Benchmark (`npm run bench`): OCR of the full generated screenshot set (phone and desktop sizes, chat
 * bubbles, low contrast, dark mode, a long chat, JPEG photos of a screen). Reports the engine's
 * start-up time, the time per image after warm-up (target ≤ 1 s per phone screenshot on one core),
 * and field-level precision and recall (targets: ≥ 95 % of order numbers, amounts and timestamps found,
 * no false order-number match, the right category for ≥ 90 %).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { classifyScreenshot } from '../../src/core/ocr/classify';
import { extractFacts } from '../../src/core/ocr/extract-facts';
import { OcrEngine } from '../../src/core/ocr/ocr-engine';
import { screenshotFixtures } from '../core/ocr/screenshot-fixtures';
import { formatScores, scoreReadings } from '../core/ocr/score-readings';

async function main() {
  const fixtures = await screenshotFixtures('full');
  const cacheRoot = mkdtempSync(join(tmpdir(), 'casebook-ocr-bench-'));
  const started = performance.now();
  const engine = await OcrEngine.start({ cacheRoot });
  await engine.warmUp();
  const startup = performance.now() - started;
  // Warm-up: the first reading pays for the model's first pass.
  await engine.read(fixtures[0]!.file);
  const results = [];
  const times: { name: string; ms: number; cpuMs: number }[] = [];
  for (const fixture of fixtures) {
    // CPU time of the whole process (the engine's worker thread included): on a busy machine the
    // wall-clock time says more about the neighbours than about the engine.
    const cpu = process.cpuUsage();
    const reading = await engine.read(fixture.file);
    const used = process.cpuUsage(cpu);
    times.push({ name: fixture.name, ms: reading.durationMs, cpuMs: Math.round((used.user + used.system) / 1000) });
    const facts = extractFacts(reading.lines, reading.height);
    results.push({ fixture, facts, classification: classifyScreenshot(reading.lines, facts, reading.width) });
  }
  await engine.stop();
  rmSync(cacheRoot, { recursive: true, force: true });
  const phone = times.filter((t) => !t.name.startsWith('desktop') && !t.name.includes('long'));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`OCR engine start-up: ${startup.toFixed(0)} ms`);
  console.log(
    `OCR per phone screenshot after warm-up (median of ${phone.length}): ${median(phone.map((t) => t.cpuMs))} ms CPU, ${median(phone.map((t) => t.ms))} ms wall (target ≤ 1000 ms on one core)`,
  );
  for (const t of times) console.log(`  ${t.name.padEnd(20)} ${String(t.cpuMs).padStart(5)} ms CPU ${String(t.ms).padStart(6)} ms wall`);
  console.log(`OCR field scores over ${fixtures.length} screenshots:`);
  console.log(formatScores(scoreReadings(results)));
}

await main();
