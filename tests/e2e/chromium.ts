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
