import { describe, expect, it } from 'vitest';
import type { AdviceReason } from '../../src/shared/domain/advice';
import { adviceSentence } from '../../src/shared/messages/advice';

/** One row per reason kind, so a new kind without a sentence fails here as well as in the compiler. */
const cases: [AdviceReason, RegExp][] = [
  [{ kind: 'no-complaint-yet' }, /^还没有向平台正式投诉/],
  [{ kind: 'promise-pending', dueDate: '2026-12-03', approximate: false }, /^平台承诺应于 2026-12-03 前处理/],
  [{ kind: 'promise-pending', dueDate: '2027-01-05', approximate: true }, /2027-01-05（估算） 前处理/],
  // Issue #9 point 16: not "已超期 623 个工作日" about a promise that was answered (late): what is true is the time since it, and that nothing is solved.
  [{ kind: 'overdue', channel: 'online-cs', overdueWorkingDays: 4, dueDate: '2024-05-24', by: 'promise' }, /^在线客服承诺 2024-05-24 前处理，距承诺期限已过 4 个工作日，问题仍未解决/],
  [{ kind: 'overdue', channel: 'email', overdueWorkingDays: 2, dueDate: '2024-06-17', by: 'demand' }, /^你要求对方 2024-06-17 前处理，距该期限已过 2 个工作日，问题仍未解决/],
  [{ kind: 'blackcat-stalled' }, /二次投诉/],
  [{ kind: 'no-reply', channel: 'email', workingDays: 6 }, /^通过客服邮箱提出要求后已过 6 个工作日，对方仍未回复/],
  [{ kind: 'no-reply', channel: 'fax', workingDays: 2 }, /^通过fax提出要求后/],
  [{ kind: 'fraud-report' }, /^你主张平台存在欺诈：可以向市场监管部门投诉举报/],
  [{ kind: 'fraud-court' }, /消保法第55条.*最低 500 元/],
  [{ kind: 'large-amount', amountFen: 6480_00, thresholdFen: 5000_00 }, /^涉案金额 ¥6,480\.00 已超过 ¥5,000\.00/],
];

describe('adviceSentence', () => {
  it.each(cases)('says why for %o', (reason, expected) => {
    const sentence = adviceSentence(reason);
    expect(sentence).toMatch(expected);
    expect(sentence).toMatch(/。$/);
    expect(sentence).not.toContain('已超期');
  });
});
