import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/ocr/extract-facts';
import { proposeTimeline } from '../../src/core/ocr/proposals';
import { proposalToEntry } from '../../src/renderer/evidence/ocr-proposals';
import type { TimelineProposal } from '../../src/shared/domain/ocr';
import { CHINESE_ISSUES } from '../../src/shared/validation/issue-messages';
import { timelineEventInputSchema } from '../../src/shared/validation/timeline-schema';
import { sampleRecord } from '../core/sample-case';
import { linesOf } from '../core/ocr/ocr-lines';

const ITEM = '01J0000000000000000000CHAT';
const AT = '2024-05-28T16:40:00+08:00';

/** The entry as the timeline would store it: the form's own schema decides. */
const saved = (proposal: TimelineProposal, summary = proposal.summary) => {
  const parsed = timelineEventInputSchema.safeParse(proposalToEntry(proposal, ITEM, AT, summary), CHINESE_ISSUES);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('；'));
  return parsed.data;
};

const agentSays = (rows: string[]) => {
  const lines = linesOf([{ text: '2024-05-28 16:40', x: 416, width: 248, y: 296 }, ...rows.map((text, i) => ({ text, x: 72, width: 536, y: 400 + i * 58 }))]);
  const record = sampleRecord();
  record.order = { ...record.order, amountPaidFen: 9800 };
  const [proposal] = proposeTimeline(lines, extractFacts(lines, 2340), 1080, 2340, record);
  return proposal!;
};

describe('a confirmed chat proposal as a timeline entry', () => {
  it('carries the offer with its kind and amount, the agent, the quote and the screenshot', () => {
    const entry = saved(agentSays(['可以为您申请部分退款63.00元', '或补发一张新卡密']));
    expect(entry).toMatchObject({
      at: AT,
      channel: 'online-cs',
      direction: 'incoming',
      offerKind: 'partial-refund',
      offerAmountFen: 6300,
      quote: '可以为您申请部分退款63.00元或补发一张新卡密',
      evidence: [ITEM],
    });
  });

  it('records a coupon and a redelivery by their kind', () => {
    expect(saved(agentSays(['补偿您一张20元优惠券']))).toMatchObject({ offerKind: 'coupon', offerAmountFen: 2000 });
    expect(saved(agentSays(['已为您补发一张新卡密']))).toMatchObject({ offerKind: 'redelivery' });
    expect(saved(agentSays(['已为您补发一张新卡密'])).offerAmountFen).toBeUndefined();
  });

  it('keeps the promise in working days with its source', () => {
    expect(saved(agentSays(['已为您登记，3-7个工作日内处理']))).toMatchObject({ promisedWorkingDays: 7, promiseSource: '客服承诺' });
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
