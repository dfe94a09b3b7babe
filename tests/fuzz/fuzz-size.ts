/**
 * How many inputs a property or fuzz test generates. `npm test` runs a tenth of the full figure to stay
 * fast; `npm run test:fuzz` sets CASEBOOK_FUZZ=full and runs them all (those figures are in the README).
 */
export const fuzzRuns = (full: number): number => (process.env.CASEBOOK_FUZZ === 'full' ? full : Math.max(1, Math.round(full / 10)));

/** One line for the run's log, with what was checked and what failed, so the figures can be quoted. */
export const reportFuzz = (what: string, count: number, failures: number): void => {
  console.log(`[fuzz] ${what}: ${count.toLocaleString('en-US')} generated, ${failures} failures`);
};
