/**
 * The CI share of the crash campaign (`npm run test:crash` runs the full one, ≥ 300 trials): every
 * targeted kill of a first run, then random kills and kills of later runs, 40 in all.
 */
import { describe, expect, it } from 'vitest';
import { planTrials, runCampaign } from './crash-campaign';

describe('crash campaign (CI share)', () => {
  it('after 40 SIGKILLs during imports, timeline entries, letter saves, case creation and dossier exports: nothing lost, partial or unaudited', { timeout: 30 * 60_000 }, async () => {
    const trials = planTrials(40);
    const counts = await runCampaign(trials);
    expect(counts.findings).toEqual([]);
    expect(counts.trials).toBe(40);
    expect(counts).toMatchObject({ childErrors: 0, verifyFailures: 0, unauditedChanges: 0, partialFiles: 0, acknowledgedLost: 0 });
    // Every targeted kill lands inside a run; random ones mostly do.
    expect(counts.landed.midOperation).toBeGreaterThanOrEqual(counts.kills.targeted);
    expect(counts.kills.targeted).toBeGreaterThanOrEqual(19);
  });
});
