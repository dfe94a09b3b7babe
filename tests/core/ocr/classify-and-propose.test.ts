import { describe, expect, it } from 'vitest';
import { findMismatches, proposeLabels } from '../../../src/core/ocr/checks';
import { classifyScreenshot } from '../../../src/core/ocr/classify';
import { extractFacts } from '../../../src/core/ocr/extract-facts';
import { offerKindOf, proposeCaseFields, proposeTimeline } from '../../../src/core/ocr/proposals';
import { ocrMessages } from '../../../src/shared/messages/ocr';
import { sampleRecord } from '../sample-case';
import { linesOf } from './ocr-lines';

const read = (rows: Parameters<typeof linesOf>[0]) => {
  const lines = linesOf(rows);
  const facts = extractFacts(lines, 2340);
  return { lines, facts, classification: classifyScreenshot(lines, facts, 1080) };
};

/** A chat as read: centred times, the agent's bubbles on the left, the person's on the right. */
const chatRows = [
  { text: '在线客服 KF-1024', x: 360, width: 360, y: 150 },
  { text: '2024-05-21 10:02', x: 416, width: 248, y: 296 },
  { text: '订单号KM20240520143208001的卡密无效', x: 252, width: 700, y: 410 },
  { text: '兑换时提示卡密已被使用，请退款', x: 253, width: 700, y: 468 },
  { text: '您好，客服KF-1024为您服务', x: 72, width: 506, y: 602 },
  { text: '已为您登记，3-7个工作日内处理', x: 74, width: 573, y: 660 },
  { text: '2024-05-28 16:40', x: 416, width: 248, y: 770 },
  { text: '可以为您申请部分退款50.00元', x: 72, width: 536, y: 884 },
];

describe('classifyScreenshot', () => {
  it('proposes the category and a title from what the screenshot says', () => {
    expect(read(['支付宝', '账单详情', '-98.00', '交易成功', '支付时间 2024-05-20 14:33:10']).classification).toMatchObject({
      category: 'transaction',
      title: '支付宝账单截图',
    });
    expect(read(chatRows).classification).toMatchObject({ category: 'communication', title: '客服聊天记录（KF-1024）' });
    expect(read(['充值失败', '卡密已被使用，请联系客服', '错误码：E1032', '确定']).classification).toMatchObject({ category: 'anomaly', title: '报错提示截图（E1032）' });
    expect(read(['充值记录', '到账：和平精英60UC', '与订单商品不符，少发540UC']).classification).toMatchObject({ category: 'anomaly', title: '商品与订单不符截图' });
    expect(read(['个人信息', '昵称：李明', '用户ID：liming_2024', '实名认证：已认证']).classification).toMatchObject({ category: 'identity', title: '账号信息截图' });
  });

  it('leaves a screenshot that says too little unclassified', () => {
    expect(read(['风景', '2024年春天']).classification).toBeUndefined();
  });
});

describe('proposeLabels', () => {
  it('sets the visible facts and the four elements from what was read, and the capture time from the order time', () => {
    const { facts, classification, lines } = read(['订单详情', '订单编号: 20240520001', '下单时间: 2024-05-20 14:32:08', '实付金额: ¥98.00', '订单状态:未完成', '用户ID: liming_2024']);
    expect(proposeLabels(facts, classification, lines.map((l) => l.text).join('\n'))).toEqual({
      category: 'transaction',
      title: '订单详情截图（20240520001）',
      screenshot: { orderNumberVisible: true, timestampVisible: true, userIdVisible: true },
      elements: ['time', 'parties', 'event', 'result'],
      capturedAt: '2024-05-20T14:32:08+08:00',
      capturedAtSource: 'ocr',
    });
  });

  it('takes a chat’s latest message time as the capture time', () => {
    const { facts, classification, lines } = read(chatRows);
    expect(proposeLabels(facts, classification, lines.map((l) => l.text).join('\n')).capturedAt).toBe('2024-05-28T16:40:00+08:00');
  });

  it('proposes nothing for an image without text', () => {
    expect(proposeLabels([], undefined, '')).toEqual({});
  });
});

describe('findMismatches', () => {
  it('warns when the order number, the amount paid or the account differ from the case', () => {
    const record = sampleRecord({});
    record.order = { ...record.order, number: '20240520001', amountPaidFen: 9800 };
    record.complainant = { ...record.complainant, account: 'liming_2024' };
    const { facts } = read(['订单编号: 20240520002', '实付金额: ¥88.00', '充值账号: wangwu_01']);
    const mismatches = findMismatches(facts, record);
    expect(mismatches.map(ocrMessages.mismatch)).toEqual([
      '截图中的订单号 20240520002 与案件订单号 20240520001 不一致',
      '截图中的实付金额 88.00 元与案件实付金额 98.00 元不一致',
      '截图中的账号 wangwu_01 与案件中填写的账号 liming_2024 不一致',
    ]);
    expect(findMismatches(read(['订单编号: 20240520001', '实付金额: ¥98.00']).facts, record)).toEqual([]);
  });
});

describe('proposals', () => {
  it('proposes timeline entries from a chat: time, agent ID, what was said, the promise and the offer with its kind', () => {
    const { lines, facts } = read(chatRows);
    const record = sampleRecord();
    record.order = { ...record.order, amountPaidFen: 9800 };
    const proposals = proposeTimeline(lines, facts, 1080, 2340, record);
    expect(proposals.map(({ key: _key, ...rest }) => rest)).toEqual([
      { at: '2024-05-21T10:02:00+08:00', direction: 'outgoing', summary: '我方在线上客服中表示：订单号KM20240520143208001的卡密无效兑换时提示卡密已被使用，请退款', line: 2 },
      {
        at: '2024-05-21T10:02:00+08:00',
        direction: 'incoming',
        agentId: 'KF-1024',
        summary: '客服（KF-1024）称：您好，客服KF-1024为您服务已为您登记，3-7个工作日内处理',
        quote: '您好，客服KF-1024为您服务已为您登记，3-7个工作日内处理',
        promisedWorkingDays: 7,
        line: 4,
      },
      {
        at: '2024-05-28T16:40:00+08:00',
        direction: 'incoming',
        agentId: 'KF-1024',
        summary: '客服（KF-1024）称：可以为您申请部分退款50.00元',
        quote: '可以为您申请部分退款50.00元',
        offerKind: 'partial-refund',
        offerAmountFen: 5000,
        line: 7,
      },
    ]);
  });

  it('names the kind of an offer from what the agent said; money first when one message offers two things', () => {
    const paid = 9800;
    const kind = (text: string) => {
      const amount = extractFacts(linesOf([text]), 2340).find((f) => f.kind === 'amount')?.amountFen;
      return offerKindOf(text, amount, paid);
    };
    expect(kind('可以为您申请部分退款63.00元或补发一张新卡密')).toBe('partial-refund');
    expect(kind('同意退款98.00元，1-3个工作日原路退回')).toBe('refund');
    expect(kind('可以退还您50元')).toBe('partial-refund');
    expect(kind('为您申请全额退款')).toBe('refund');
    expect(kind('补偿您一张20元优惠券')).toBe('coupon');
    expect(kind('送您10元代金券作为补偿')).toBe('coupon');
    expect(kind('已为您补发一张新卡密')).toBe('redelivery');
    expect(kind('给您一些补偿')).toBe('other');
    expect(kind('请提供订单截图')).toBeUndefined();
  });

  it('proposes only the case fields the case does not have yet', () => {
    const record = sampleRecord();
    record.order = { ...record.order, product: undefined, paymentRef: undefined };
    record.platform = { ...record.platform, company: undefined };
    const { facts } = read(['订单编号: 20240520001', '商品名称: 王者荣耀点券1000点', '交易单号 4200001234567890', '运营方：杭州星耀网络科技有限公司', '实付金额: ¥98.00']);
    expect(proposeCaseFields(facts, record).map(({ field, value }) => [field, value])).toEqual([
      ['order.paymentRef', '4200001234567890'],
      ['order.product', '王者荣耀点券1000点'],
      ['platform.company', '杭州星耀网络科技有限公司'],
    ]);
  });

  it('proposes the purchase time from a payment bill, which shows only when it was paid', () => {
    const record = sampleRecord();
    record.order = { ...record.order, purchasedAt: '' };
    const { facts } = read(['账单详情', '-98.00', '支付时间 2024-05-20 14:33:10', '商家订单号 20240520001']);
    expect(proposeCaseFields(facts, record).find((p) => p.field === 'order.purchasedAt')?.value).toBe('2024-05-20T14:33:10+08:00');
  });
});
