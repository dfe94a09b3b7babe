import { describe, expect, it } from 'vitest';
import { normaliseChineseText } from '../../../../src/core/letters/narrative/chinese-text';
import { chinaMailDate } from '../../../../src/core/letters/render-eml';
import { chineseDateTime } from '../../../../src/core/letters/letter-format';

describe('text a person typed, made fit for a Chinese document', () => {
  it.each([
    ['发送投诉邮件,要求退款 98 元.', '发送投诉邮件，要求退款98元。'],
    ['客服称:"请耐心等待"!', '客服称：“请耐心等待”！'],
    ['他说(会在 3 天内处理);没有下文?', '他说（会在3天内处理）；没有下文？'],
    // Numbers, times, web addresses and Latin text keep their own punctuation.
    ['订单金额 1,000.50 元,10:05 付款', '订单金额1,000.50元，10:05付款'],
    ['见 https://www.example.cn/a?b=1 页面', '见https://www.example.cn/a?b=1页面'],
    ['Hello, world.', 'Hello, world.'],
  ])('%s → %s', (typed, written) => {
    expect(normaliseChineseText(typed)).toBe(written);
  });
});

describe('dates and times as documents and mail write them', () => {
  it('writes a whole hour as 9时, minutes without a leading zero', () => {
    expect(chineseDateTime('2024-05-30T20:00:00+08:00')).toBe('2024年5月30日20时');
    expect(chineseDateTime('2025-03-04T09:00:00+08:00')).toBe('2025年3月4日9时');
    expect(chineseDateTime('2024-05-21T10:05:00+08:00')).toBe('2024年5月21日10时5分');
  });

  it('dates an e-mail in China time', () => {
    expect(chinaMailDate(new Date('2024-06-12T01:30:00Z'))).toBe('Wed, 12 Jun 2024 09:30:00 +0800');
    expect(chinaMailDate(new Date('2024-06-11T16:30:00Z'))).toBe('Wed, 12 Jun 2024 00:30:00 +0800');
  });
});
