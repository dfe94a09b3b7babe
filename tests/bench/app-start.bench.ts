/**
 * Benchmark (`npm run bench`): the app's first screen in Chromium, served by the web host of the
 * built CLI on a workspace of 1,000 cases. Each round starts a fresh host (so its first request is
 * measured cold) and a fresh browser context (empty cache), then times, from navigation:
 *   - the dashboard interactive (search box and the first case row on screen; target ≤ 1.0 s),
 *   - a case's 文书 tab showing its document kinds (a full page load of the case, then the tab).
 * and how much of the wait to the dashboard was the page's own main-thread work (Chrome's TaskDuration:
 * parsing, scripts, style, layout — the rest is the host, the network and idle waiting).
 * Baseline in the same run: the same browser loading a one-line page from a bare Node server.
 * Needs `npm run build` first. Prints figures, asserts nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromium';
import { writeSampleCases } from './case-folders';

const CASES = 1000;
const ROUNDS = 5;
const projectRoot = resolve(import.meta.dirname, '../..');
const casebook = join(projectRoot, 'bin/casebook.js');
if (!existsSync(join(projectRoot, 'out/renderer/index.html'))) throw new Error('run `npm run build` before this benchmark');

const root = mkdtempSync(join(tmpdir(), 'casebook-bench-app-'));
const workspace = join(root, 'workspace');
const env = { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config'), CASEBOOK_WORKSPACE: workspace };
const { firstCaseId } = await writeSampleCases(workspace, CASES);
// Built once here, so every round measures a start on an index that is up to date.
spawnSync(process.execPath, [casebook, 'reindex'], { env, stdio: 'ignore' });

function startHost(): Promise<{ child: ChildProcess; url: string; readyMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [casebook, 'web', '--port', '0', '--no-open'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((done, fail) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0];
      if (url) done({ child, url, readyMs: performance.now() - started });
    });
    child.once('exit', (code) => fail(new Error(`web host exited with ${code}: ${output}`)));
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function baselineMs(browser: Browser): Promise<number> {
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p id="ok">ok</p>'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const context = await browser.newContext();
  const page = await context.newPage();
  const ms = await timed(() => page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).then(() => page.locator('#ok').waitFor()));
  await context.close();
  server.close();
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const browser = await chromium.launch(chromiumLaunch);
const figures = { baseline: [] as number[], hostReady: [] as number[], dashboard: [] as number[], dashboardBusy: [] as number[], lettersTab: [] as number[] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    figures.baseline.push(await baselineMs(browser));
    const host = await startHost();
    figures.hostReady.push(host.readyMs);
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Performance.enable');
    try {
      figures.dashboard.push(
        await timed(async () => {
          await page.goto(host.url);
          await page.getByRole('searchbox', { name: '搜索案件' }).waitFor();
          await page.locator('tr[aria-rowindex="2"]').waitFor();
        }),
      );
      const { metrics } = await devtools.send('Performance.getMetrics');
      figures.dashboardBusy.push(1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN));
      // A page of its own, so the case is a full load (with the assets the dashboard left in the cache).
      const casePage = await context.newPage();
      figures.lettersTab.push(
        await timed(async () => {
          await casePage.goto(`${new URL(host.url).origin}/#/case/${firstCaseId}`);
          await casePage.getByRole('tab', { name: '文书' }).click();
          await casePage.getByRole('tabpanel', { name: '文书' }).getByRole('radio', { name: '客服投诉邮件' }).waitFor();
        }),
      );
    } finally {
      await context.close();
      await stopHost(host.child);
    }
  }
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}

/** Before issue #12 (main at fe38eda: one 2 MB renderer chunk), this bench, same machine, load average ≈ 29. */
const BEFORE = { hostReadyMs: 5942, dashboard: 5.6, lettersTab: 5.9 };

const base = median(figures.baseline);
console.log(`App start in Chromium (web host, ${CASES} cases): median of ${ROUNDS} rounds, each with a fresh host and browser context`);
console.log(`  baseline, a one-line page from a bare Node server: ${base.toFixed(0)} ms`);
console.log(`  web host ready (process start to address printed): ${median(figures.hostReady).toFixed(0)} ms (before #12 ${BEFORE.hostReadyMs} ms)`);
const dashboard = median(figures.dashboard);
console.log(`  navigation → dashboard interactive: ${dashboard.toFixed(0)} ms (${(dashboard / base).toFixed(1)}× the baseline, before #12 ${BEFORE.dashboard}×; target ≤ 1000 ms)`);
console.log(`    of which the page's main thread was busy (parsing, scripts, style, layout): ${median(figures.dashboardBusy).toFixed(0)} ms`);
const letters = median(figures.lettersTab);
console.log(`  navigation → a case's 文书 tab: ${letters.toFixed(0)} ms (${(letters / base).toFixed(1)}× the baseline, before #12 ${BEFORE.lettersTab}×)`);
