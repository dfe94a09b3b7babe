import { existsSync } from 'node:fs';

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

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The same Chromium's headless shell (Debian's chromium-headless-shell), the build Playwright itself runs
 * headless tests in: the same Blink without the desktop browser around it, which halved the CPU time of
 * the end-to-end tests. It has no PDF viewer, so a test that opens a PDF in the browser uses
 * `chromiumLaunch`. Without the package, or with CASEBOOK_CHROMIUM set, it is the full browser.
 */
export const headlessChromiumLaunch =
  process.env.CASEBOOK_CHROMIUM !== undefined || !existsSync(HEADLESS_SHELL) ? chromiumLaunch : { ...chromiumLaunch, executablePath: HEADLESS_SHELL };
