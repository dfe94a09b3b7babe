import { describe, expect, it } from 'vitest';
import { eventSentence } from '../../../../src/core/letters/narrative/event-sentence';
import { summaryContent } from '../../../../src/core/letters/narrative/summary-content';
import { COMPLAINT_VOICE, COURT_VOICE } from '../../../../src/core/letters/narrative/voice';
import type { TimelineEventView } from '../../../../src/shared/domain/timeline';

const event = (fields: Partial<TimelineEventView>): TimelineEventView => ({
  id: '01J00000000000000000000000',
  at: '2024-05-22T09:00:00+08:00',
  channel: 'online-cs',
  direction: 'outgoing',
  summary: '',
  evidence: [],
  createdAt: '2024-05-22T09:00:00+08:00',
  updatedAt: '2024-05-22T09:00:00+08:00',
  ...fields,
});

describe('what was said, from a summary', () => {
  it.each<[Partial<TimelineEventView>, string]>([
    [{ channel: 'email', summary: '发送投诉邮件至客服邮箱,要求退款 98 元' }, '要求退款98元'],
    [{ channel: 'online-cs', summary: '向在线客服反映卡密无效' }, '反映卡密无效'],
    [{ channel: 'blackcat', summary: '在黑猫投诉平台提交投诉' }, ''],
    [{ channel: 'management', summary: '致信平台管理层请求介入' }, '请求介入'],
    [{ channel: 'email', summary: '发送《客服投诉邮件》（第1版）' }, ''],
    [{ direction: 'incoming', summary: '客服登记工单，称将在 3 个工作日内处理', ticketNumber: 'GD1', promisedWorkingDays: 3 }, ''],
    [{ direction: 'incoming', summary: '客服提出补偿 20 元优惠券，拒绝退款', offerAmountFen: 20_00, offerKind: 'coupon' }, '拒绝退款'],
    // Who said a later part stays said: "客服称…" on the person's own entry.
    [{ summary: '向在线客服反映卡密无效，客服称需要核实' }, '反映卡密无效，客服称需要核实'],
  ])('%o → %s', (fields, content) => {
    expect(summaryContent(event(fields))).toBe(content);
  });
});

describe('a contact told from its fields', () => {
  it('the issue’s example: the promise is customer service’s, with its agent and the day it runs to; 9时 for a whole hour', () => {
    const sentence = eventSentence(
      event({ summary: '通过在线客服反映问题：向在线客服反映卡密无效', agentId: 'KF-1024', promisedWorkingDays: 7, deadline: { dueDate: '2024-05-29', overdueWorkingDays: 0, approximate: false } }),
      COMPLAINT_VOICE,
      true,
    );
    expect(sentence).toBe('2024年5月22日9时，本人通过平台在线客服反映卡密无效，平台客服（工号KF-1024）承诺7个工作日内（即2024年5月29日前）处理。');
  });

  it('an offer by its kind: a coupon is no money and no refund', () => {
    const coupon = event({ direction: 'incoming', summary: '客服提出补偿 20 元优惠券', agentId: 'KF-1024', offerAmountFen: 20_00, offerKind: 'coupon' });
    expect(eventSentence(coupon, COMPLAINT_VOICE, true)).toBe('2024年5月22日9时，平台在线客服（工号KF-1024）答复，仅提出补偿20.00元优惠券（非现金），未同意退款。');
    const partial = event({ direction: 'incoming', summary: '同意退款一半', offerAmountFen: 49_00, offerKind: 'partial-refund' });
    expect(eventSentence(partial, COMPLAINT_VOICE, true)).toContain('仅同意退款49.00元（部分退款）');
  });

  it('speaks as 原告 and 被告 in court, built so rather than rewritten', () => {
    const sentence = eventSentence(event({ channel: 'email', summary: '发送投诉邮件,要求退款', ticketNumber: 'GD9' }), COURT_VOICE, true);
    expect(sentence).toBe('2024年5月22日9时，原告向被告客服邮箱发送投诉邮件（工单号GD9），要求退款。');
  });

  it('a letter marked sent tells the reply date it asked for', () => {
    const sentence = eventSentence(event({ channel: 'email', summary: '发送《客服投诉邮件》（第1版）', replyBy: '2024-05-27' }), COMPLAINT_VOICE, true);
    expect(sentence).toBe('2024年5月22日9时，本人向平台客服邮箱发送投诉邮件，要求于2024年5月27日前处理并答复。');
  });
});
