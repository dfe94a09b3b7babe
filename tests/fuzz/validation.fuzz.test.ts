import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/api/channels';
import type { ApiHandlers } from '../../src/shared/api/contract';
import { dispatch } from '../../src/shared/api/dispatch';
import { sampleIntake, xingyaoContacts } from '../core/sample-case';
import { fuzzRuns, reportFuzz } from './fuzz-size';
import { anyJsonValue, mutated } from './mutations';

const ID = '01J0ABCDEFGHJKMNPQRSTVWXYZ';
/** Handlers that accept whatever passed validation: only the validation is under test. */
const accepting = Object.fromEntries(CHANNELS.map((channel) => [channel, async () => ({})])) as unknown as ApiHandlers;

/** The inputs people and scripts write by hand: intake, timeline entry, evidence labels, claims. */
const TEMPLATES: Record<string, unknown> = {
  'cases:create': { intake: sampleIntake() },
  'cases:update': { id: ID, intake: sampleIntake() },
  'timeline:add': { caseId: ID, event: xingyaoContacts()[0] },
  'timeline:update': { caseId: ID, eventId: ID, event: xingyaoContacts()[1] },
  'evidence:update': {
    caseId: ID,
    itemId: ID,
    labels: { category: 'transaction', title: '支付截图', purpose: '证明已付款', source: '支付宝账单', elements: ['time', 'result'], screenshot: { orderNumberVisible: true }, capturedAt: '2024-05-20 14:32' },
  },
  'cases:set-claims': { id: ID, claims: { fraud: true, platformPromise: { text: '假一赔三', multiplier: 3 } } },
};

const CJK = /[\u4e00-\u9fff]/;
const ENGLISH = /Invalid|expected|received|Unrecognized|Too (big|small)|Required/;
// eslint-disable-next-line no-control-regex -- raw control characters must not reach a message
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

describe('validation of what people type (fuzz)', () => {
  it('answers every malformed intake, entry, label set and claim with Chinese field errors, never a throw', async () => {
    const runs = fuzzRuns(20_000);
    let checked = 0;
    let failures = 0;
    for (const [channel, template] of Object.entries(TEMPLATES)) {
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: mutated(template) }, { weight: 1, arbitrary: anyJsonValue }), async (input) => {
          checked++;
          const result = await dispatch(accepting, channel, input, (error) => {
            throw error;
          });
          const bad = !result.ok && (result.error.code !== 'invalid' || !result.error.fields?.length ||
            result.error.fields.some(({ field, message }) => typeof field !== 'string' || !CJK.test(message) || ENGLISH.test(message) || RAW_CONTROL.test(message)));
          if (bad) failures++;
          // On failure the result itself is shown: what the person would have read.
          expect(bad ? result : 'Chinese field errors').toBe('Chinese field errors');
        }),
        { numRuns: Math.round(runs / Object.keys(TEMPLATES).length) },
      );
    }
    reportFuzz('malformed inputs validated (intake, timeline entry, evidence labels, claims)', checked, failures);
  });
});
