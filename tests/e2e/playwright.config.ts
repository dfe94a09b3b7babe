import { defineConfig } from '@playwright/test';
import { useRamDiskForScratch } from '../fast-scratch';
import { headlessChromiumLaunch } from './chromium';

useRamDiskForScratch();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Two cores: one worker keeps each test's web host and browser from starving the other.
  workers: 1,
  // Hang detectors, not speed checks (speed lives in `npm run bench`): each test starts a web host and
  // the CLI, and some render PDFs; on a busy 2-core machine that takes many times its idle time.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: headlessChromiumLaunch,
    // Recording a trace (a snapshot and screenshot at every step) took a third of the browser's work;
    // CI keeps only printed output, so it is recorded on request: CASEBOOK_E2E_TRACE=1 npm run test:e2e.
    trace: process.env.CASEBOOK_E2E_TRACE ? 'retain-on-failure' : 'off',
  },
});
