import { describe, expect, it } from 'vitest';
import { extractFacts, maskCardKey, maskCardKeys } from '../../../src/core/ocr/extract-facts';
import type { OcrFact } from '../../../src/shared/domain/ocr';
import { linesOf } from './ocr-lines';

const of = (facts: OcrFact[], kind: OcrFact['kind']) => facts.filter((f) => f.kind === kind);

describe('extractFacts', () => {
  it('reads an order page: order number, order time, amount paid, product, card key (masked), with line and box', () => {
    const lines = linesOf(['订单详情', '订单编号: 20240520001', '下单时间: 2024-05-20 14:32:08', '商品名称:王者荣耀点券1000点', '实付金额: Y98.00', '卡密: ABCD-EFGH-1234-5678']);
    const facts = extractFacts(lines, 2340);
    expect(of(facts, 'order-number')).toEqual([{ kind: 'order-number', value: '20240520001', text: '订单编号: 20240520001', line: 1, box: lines[1]!.box }]);
    expect(of(facts, 'date-time')).toMatchObject([{ value: '2024-05-20T14:32:08+08:00', role: 'order', line: 2 }]);
    expect(of(facts, 'amount')).toMatchObject([{ value: '98.00', amountFen: 9800, role: 'paid', line: 4 }]);
    expect(of(facts, 'product')).toMatchObject([{ value: '王者荣耀点券1000点' }]);
    expect(of(facts, 'card-key')).toMatchObject([{ value: 'ABCD-****-****-5678' }]);
    expect(JSON.stringify(facts)).not.toContain('EFGH');
  });

  it('never takes a long digit run without an order label for an order number, and tells payment references apart', () => {
    const facts = extractFacts(linesOf(['交易单号 2024052022001412345678901234', '商家订单号 KM20240520143208001', '客服电话 4008123456', '20240520001']), 2340);
    expect(of(facts, 'order-number').map((f) => f.value)).toEqual(['KM20240520143208001']);
    expect(of(facts, 'payment-ref').map((f) => f.value)).toEqual(['2024052022001412345678901234']);
  });

  it('reads money as ¥, 元 and a bill’s signed amount, leaving a product’s face value alone', () => {
    const facts = extractFacts(linesOf(['-98.00', '可以为您申请部分退款50元', '商品说明 Steam充值卡100元', '合计：￥1,098.50']), 2340);
    expect(of(facts, 'amount').map((f) => [f.amountFen, f.role])).toEqual([
      [9800, 'paid'],
      [5000, 'refund'],
      [109850, 'total'],
    ]);
  });

  it('tells the status-bar clock, chat times and times without a year apart', () => {
    const lines = linesOf([{ text: '14:32 5G 87%', y: 30 }, '2024-05-21 10:02', '昨天 09:15', '05-22 18:40', '请在 2024年5月23日 12:00 前回复']);
    const facts = of(extractFacts(lines, 2340), 'date-time');
    expect(facts.map((f) => [f.value, f.role, f.timeOnly ?? false])).toEqual([
      ['14:32', 'status-bar', true],
      ['2024-05-21T10:02:00+08:00', 'chat', false],
      ['09:15', 'chat', true],
      // The year comes from the other dates on the same screenshot.
      ['2024-05-22T18:40:00+08:00', 'chat', false],
      ['2024-05-23T12:00:00+08:00', 'other', false],
    ]);
  });

  it('keeps a month-day time without any year on the screenshot as what it is', () => {
    expect(of(extractFacts(linesOf(['05-22 18:40']), 2340), 'date-time')).toMatchObject([{ value: '05-22 18:40', timeOnly: true }]);
  });

  it('reads agents, tickets, accounts, companies, errors with their codes and promises', () => {
    const facts = extractFacts(
      linesOf([
        '您好，客服KF-1024为您服务',
        '客服小美（工号 8848）',
        '投诉编号：TS20240521007',
        '充值账号：liming_2024',
        '运营方：杭州星耀网络科技有限公司',
        '充值失败，错误码：E1032',
        'Network Error',
        '我们将在3-7个工作日内处理',
        '24小时内回复您',
      ]),
      2340,
    );
    expect(of(facts, 'agent').map((f) => f.value)).toEqual(['KF-1024', '8848', '小美']);
    expect(of(facts, 'ticket').map((f) => f.value)).toEqual(['TS20240521007']);
    expect(of(facts, 'account').map((f) => f.value)).toEqual(['liming_2024']);
    expect(of(facts, 'company').map((f) => f.value)).toEqual(['杭州星耀网络科技有限公司']);
    expect(of(facts, 'error').map((f) => [f.value, f.code])).toEqual([
      ['充值失败，错误码：E1032', 'E1032'],
      ['Network Error', undefined],
    ]);
    expect(of(facts, 'promise').map((f) => [f.min, f.max, f.hours ?? false])).toEqual([
      [3, 7, false],
      [0, 24, true],
    ]);
  });
});

describe('card keys', () => {
  it('are masked but for their first and last four characters, also inside a line', () => {
    expect(maskCardKey('ABCD-EFGH-1234-5678')).toBe('ABCD-****-****-5678');
    expect(maskCardKeys('卡密: ABCD-EFGH-1234-5678，已使用')).toBe('卡密: ABCD-****-****-5678，已使用');
  });
});
