/**
 * The CI share of the crash campaign (`npm run test:crash` runs the full one, ≥ 300 trials): every
 * targeted kill of a first run, then three random kills and three kills of later runs, 33 in all (the
 * random and later-run kills are the full campaign's bulk; here they only keep those paths exercised).
 */
import { describe, expect, it } from 'vitest';
import { planTrials, runCampaign } from './crash-campaign';
import { OPERATIONS } from './crash-operations';

const TRIALS = 33;

describe('crash campaign (CI share)', () => {
  it(`after ${TRIALS} SIGKILLs during imports, timeline entries, letter saves, case creation, dossier exports and case imports: nothing lost, partial or unaudited`, { timeout: 30 * 60_000 }, async () => {
    const trials = planTrials(TRIALS);
    // Every targeted point of every operation (each hit of a first run) is among them.
    const planned = new Set(trials.map((trial) => `${trial.operation} ${trial.kill}`));
    const targets = OPERATIONS.flatMap((op) => op.points.flatMap(({ point, hits }) => Array.from({ length: hits }, (_, i) => `${op.name} ${point}:${i + 1}`)));
    expect(targets.filter((target) => !planned.has(target))).toEqual([]);

    const counts = await runCampaign(trials);
    expect(counts.findings).toEqual([]);
    expect(counts.trials).toBe(TRIALS);
    expect(counts.kills.random).toBeGreaterThan(0);
    expect(counts).toMatchObject({ childErrors: 0, verifyFailures: 0, unauditedChanges: 0, partialFiles: 0, acknowledgedLost: 0 });
    expect(counts.landed.targetedPointNotReached).toBe(0);
    // Every targeted kill lands inside a run; random ones mostly do.
    expect(counts.landed.midOperation).toBeGreaterThanOrEqual(counts.kills.targeted);
    expect(counts.kills.targeted).toBeGreaterThanOrEqual(targets.length);
    for (const op of OPERATIONS) expect(counts.perOperation[op.name]?.midOperation, op.name).toBeGreaterThan(0);
  });
});
