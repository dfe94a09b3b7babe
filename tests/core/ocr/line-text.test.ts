import { describe, expect, it } from 'vitest';
import { cleanLineText } from '../../../src/core/ocr/line-text';

describe('cleanLineText', () => {
  it('removes the spaces Tesseract puts between Chinese characters and before punctuation, keeping those between numbers', () => {
    expect(cleanLineText('订单 编号 : 20240520001')).toBe('订单编号: 20240520001');
    expect(cleanLineText('下 单 时 间 ： 2024-05-20 14:32:08')).toBe('下单时间：2024-05-20 14:32:08');
    expect(cleanLineText('如 有 问题 请 联系 客服 ， 我 们 将 在 3-7 个 工作 日 内 处 理')).toBe('如有问题请联系客服，我们将在3-7个工作日内处理');
    expect(cleanLineText('  Network   Error  ')).toBe('Network Error');
  });
});
