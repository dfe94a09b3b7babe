import { describe, expect, it } from 'vitest';
import { adviseNextSteps, type AdvisorInput } from '../../../src/core/advisor/escalation-advisor';

const base: AdvisorInput = {
  status: 'complained',
  problemType: 'invalid-card-key',
  amountFen: 98_00,
  fraudClaimed: false,
  outgoingChannels: [],
};

const steps = (input: Partial<AdvisorInput>) =>
  adviseNextSteps({ ...base, ...input }).map((a) => [a.step, a.letter ?? null, a.reason.kind]);

describe('escalation advisor', () => {
  it.each<[string, Partial<AdvisorInput>, (string | null)[][]]>([
    ['nothing sent yet → complain to customer service by email', {}, [['cs-complaint', 'cs-email', 'no-complaint-yet']]],
    [
      'a promise not yet due → wait',
      { outgoingChannels: ['online-cs'], openPromise: { channel: 'online-cs', dueDate: '2026-11-30', overdueWorkingDays: 0, approximate: false, by: 'promise' } },
      [['wait', null, 'promise-pending']],
    ],
    [
      'customer service overdue → management',
      { outgoingChannels: ['online-cs', 'email'], openPromise: { channel: 'email', dueDate: '2026-11-20', overdueWorkingDays: 4, approximate: false, by: 'promise' } },
      [['management', 'management-escalation', 'overdue']],
    ],
    [
      'customer service silent for 5 working days, no promise → management',
      { outgoingChannels: ['email'], lastOutgoing: { channel: 'email', workingDaysWithoutReply: 5 } },
      [['management', 'management-escalation', 'no-reply']],
    ],
    [
      'silent for only 2 working days → no escalation yet',
      { outgoingChannels: ['email'], lastOutgoing: { channel: 'email', workingDaysWithoutReply: 2 } },
      [],
    ],
    [
      'management overdue → 黑猫',
      { outgoingChannels: ['email', 'management'], openPromise: { channel: 'management', dueDate: '2026-11-20', overdueWorkingDays: 2, approximate: false, by: 'promise' } },
      [['blackcat', 'blackcat', 'overdue']],
    ],
    [
      '黑猫 silent for 7 working days → 12315, and a 黑猫 follow-up',
      { outgoingChannels: ['email', 'management', 'blackcat'], lastOutgoing: { channel: 'blackcat', workingDaysWithoutReply: 7 } },
      [
        ['12315', '12315', 'no-reply'],
        ['blackcat-followup', 'blackcat-followup', 'blackcat-stalled'],
      ],
    ],
    [
      'straight to 黑猫 and stalled → 12315, not back to management',
      { outgoingChannels: ['blackcat'], lastOutgoing: { channel: 'blackcat', workingDaysWithoutReply: 9 } },
      [
        ['12315', '12315', 'no-reply'],
        ['blackcat-followup', 'blackcat-followup', 'blackcat-stalled'],
      ],
    ],
    [
      '12315 without result for 10 working days → internet court',
      { outgoingChannels: ['email', 'management', 'blackcat', '12315'], lastOutgoing: { channel: '12315', workingDaysWithoutReply: 10 } },
      [['court', 'court-complaint', 'no-reply']],
    ],
    [
      'suspected fraud → the regulator and the court, alongside the main step',
      { problemType: 'false-advertising' },
      [
        ['cs-complaint', 'cs-email', 'no-complaint-yet'],
        ['regulator', '12315', 'fraud-report'],
        ['court', 'court-complaint', 'fraud-court'],
      ],
    ],
    [
      'over 5,000 元 → court alongside',
      { amountFen: 6_480_00, outgoingChannels: ['email'], lastOutgoing: { channel: 'email', workingDaysWithoutReply: 1 } },
      [['court', 'court-complaint', 'large-amount']],
    ],
    ['exactly 5,000 元 is not "over"', { amountFen: 5_000_00 }, [['cs-complaint', 'cs-email', 'no-complaint-yet']]],
    ['a resolved case needs nothing', { status: 'resolved', problemType: 'false-advertising' }, []],
    ['a dismissed rule stays quiet', { dismissed: ['first-complaint'] }, []],
  ])('%s', (_name, input, expected) => {
    expect(steps(input)).toEqual(expected);
  });

  // Issue #9 point 16: cards said the same thing and offered the same document twice.
  it('gives each card its own reason and offers each document once', () => {
    const cases: Partial<AdvisorInput>[] = [
      { outgoingChannels: ['email', 'management', 'blackcat'], lastOutgoing: { channel: 'blackcat', workingDaysWithoutReply: 8 }, fraudClaimed: true },
      { outgoingChannels: ['email', 'management'], openPromise: { channel: 'management', dueDate: '2026-11-20', overdueWorkingDays: 2, approximate: false, by: 'promise' }, fraudClaimed: true },
      { problemType: 'false-advertising' },
    ];
    for (const input of cases) {
      const advice = adviseNextSteps({ ...base, ...input });
      const reasons = advice.map((a) => JSON.stringify(a.reason));
      const letters = advice.flatMap((a) => (a.letter ? [a.letter] : []));
      expect(new Set(reasons).size, reasons.join(' / ')).toBe(reasons.length);
      expect(new Set(letters).size, letters.join(' / ')).toBe(letters.length);
    }
  });

  it('after 黑猫 stalls with fraud claimed, 12315 is offered once: the fraud report keeps its reason without a second button', () => {
    const advice = adviseNextSteps({ ...base, fraudClaimed: true, outgoingChannels: ['email', 'management', 'blackcat'], lastOutgoing: { channel: 'blackcat', workingDaysWithoutReply: 8 } });
    expect(advice.map((a) => [a.step, a.letter ?? null, a.reason.kind])).toEqual([
      ['12315', '12315', 'no-reply'],
      ['blackcat-followup', 'blackcat-followup', 'blackcat-stalled'],
      ['regulator', null, 'fraud-report'],
      ['court', 'court-complaint', 'fraud-court'],
    ]);
  });
});
