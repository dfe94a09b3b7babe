import { describe, expect, it } from 'vitest';
import type { AdviceReason } from '../../src/shared/domain/advice';
import { adviceSentence } from '../../src/shared/messages/advice';

/** One row per reason kind, so a new kind without a sentence fails here as well as in the compiler. */
const cases: [AdviceReason, RegExp][] = [
  [{ kind: 'no-complaint-yet' }, /^还没有向平台正式投诉/],
  [{ kind: 'promise-pending', dueDate: '2026-12-03', approximate: false }, /^平台承诺应于 2026-12-03 前处理/],
  [{ kind: 'promise-pending', dueDate: '2027-01-05', approximate: true }, /2027-01-05（估算） 前处理/],
  [{ kind: 'overdue', channel: 'online-cs', overdueWorkingDays: 4 }, /^在线客服承诺的处理期限已超期 4 个工作日/],
  [{ kind: 'no-reply', channel: 'email', workingDays: 6 }, /^通过客服邮箱提出要求后已过 6 个工作日，对方仍未回复/],
  [{ kind: 'no-reply', channel: 'fax', workingDays: 2 }, /^通过fax提出要求后/],
  [{ kind: 'fraud-suspected' }, /消保法第55条.*最低 500 元/],
  [{ kind: 'large-amount', amountFen: 6480_00, thresholdFen: 5000_00 }, /^涉案金额 ¥6,480\.00 已超过 ¥5,000\.00/],
];

describe('adviceSentence', () => {
  it.each(cases)('says why for %o', (reason, expected) => {
    const sentence = adviceSentence(reason);
    expect(sentence).toMatch(expected);
    expect(sentence).toMatch(/。$/);
  });
});
