import { describe, expect, it } from 'vitest';
import { proposalToEntry } from '../../src/renderer/evidence/ocr-proposals';
import type { TimelineProposal } from '../../src/shared/domain/ocr';
import { CHINESE_ISSUES } from '../../src/shared/validation/issue-messages';
import { timelineEventInputSchema } from '../../src/shared/validation/timeline-schema';

const ITEM = '01J0000000000000000000CHAT';
const AT = '2024-05-28T16:40:00+08:00';

/** The entry as the timeline would store it: the form's own schema decides. */
const saved = (proposal: TimelineProposal, summary = proposal.summary) => {
  const parsed = timelineEventInputSchema.safeParse(proposalToEntry(proposal, ITEM, AT, summary), CHINESE_ISSUES);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('；'));
  return parsed.data;
};

/** A proposal as the core makes it from an agent's chat message (tests/core/ocr covers how it is read). */
const agentSays = (quote: string, offer: Partial<TimelineProposal> = {}): TimelineProposal => ({
  key: '3-1',
  at: AT,
  direction: 'incoming',
  agentId: 'KF-1024',
  summary: `客服（KF-1024）称：${quote}`,
  quote,
  ...offer,
  line: 3,
});

describe('a confirmed chat proposal as a timeline entry', () => {
  it('carries the offer with its kind and amount, the agent, the quote and the screenshot', () => {
    const entry = saved(agentSays('可以为您申请部分退款63.00元或补发一张新卡密', { offerKind: 'partial-refund', offerAmountFen: 6300 }));
    expect(entry).toMatchObject({
      at: AT,
      channel: 'online-cs',
      direction: 'incoming',
      agentId: 'KF-1024',
      offerKind: 'partial-refund',
      offerAmountFen: 6300,
      quote: '可以为您申请部分退款63.00元或补发一张新卡密',
      evidence: [ITEM],
    });
  });

  it('records a coupon and a redelivery by their kind', () => {
    expect(saved(agentSays('补偿您一张20元优惠券', { offerKind: 'coupon', offerAmountFen: 2000 }))).toMatchObject({ offerKind: 'coupon', offerAmountFen: 2000 });
    const redelivery = saved(agentSays('已为您补发一张新卡密', { offerKind: 'redelivery' }));
    expect(redelivery).toMatchObject({ offerKind: 'redelivery' });
    expect(redelivery.offerAmountFen).toBeUndefined();
  });

  it('keeps the promise in working days with its source', () => {
    expect(saved(agentSays('已为您登记，3-7个工作日内处理', { promisedWorkingDays: 7 }))).toMatchObject({ promisedWorkingDays: 7, promiseSource: '客服承诺' });
  });

  it('names an offer whose amount was not read in the summary, since the entry cannot carry its kind without it', () => {
    const proposal: TimelineProposal = { key: 'k', direction: 'incoming', summary: '客服称：可以给您部分退款', offerKind: 'partial-refund', line: 1 };
    const entry = saved(proposal);
    expect(entry.offerKind).toBeUndefined();
    expect(entry.summary).toBe('客服称：可以给您部分退款（提出部分退款）');
    // The person's own summary is kept as written when it already says so.
    expect(saved(proposal, '客服同意部分退款，提出部分退款').summary).toBe('客服同意部分退款，提出部分退款');
  });
});
