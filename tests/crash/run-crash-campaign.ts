/**
 * `npm run test:crash [-- --trials N]`: the full crash campaign (at least 300 trials; see
 * crash-campaign.ts). Prints progress and the counts, writes them as JSON (`--out FILE`), and exits
 * 1 if any check failed.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planTrials, runCampaign, type CampaignCounts } from './crash-campaign';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '320' }, out: { type: 'string' } } });
const trials = planTrials(Number(values.trials));
const started = Date.now();

const failed = (counts: CampaignCounts) =>
  counts.verifyFailures + counts.unauditedChanges + counts.partialFiles + counts.acknowledgedLost + counts.childErrors + counts.landed.targetedPointNotReached;

let reported = 0;
const counts = await runCampaign(trials, (done, so) => {
  // Each finding as it happens: a long run need not end before anyone can look into a failure.
  for (const finding of so.findings.slice(reported)) process.stderr.write(`  ${finding.slice(0, 2000)}\n`);
  reported = so.findings.length;
  if (done % 10 === 0 || done === trials.length) {
    process.stderr.write(`${done}/${trials.length} trials, ${so.landed.midOperation} mid-operation, ${failed(so)} failed checks (${Math.round((Date.now() - started) / 1000)} s)\n`);
  }
});
const summary = { ...counts, seconds: Math.round((Date.now() - started) / 1000), node: process.version };
console.log(JSON.stringify(summary, null, 2));
if (values.out) writeFileSync(values.out, `${JSON.stringify(summary, null, 2)}\n`);
if (failed(counts) > 0) process.exitCode = 1;
