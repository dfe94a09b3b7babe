import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot work on machines without internet. */
export const chromiumLaunch = {
  executablePath: process.env.CASEBOOK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};

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
    launchOptions: chromiumLaunch,
    trace: 'retain-on-failure',
  },
});
