import { describe, expect, it } from 'vitest';
import { caseTitle } from '../../../src/shared/cases/case-title';

describe('caseTitle', () => {
  it.each([
    ['星耀卡盟', '王者荣耀点券', 'invalid-card-key', '星耀卡盟｜王者荣耀点券卡密无效'],
    // The product already ends with 卡密: it is not said twice.
    ['星耀卡盟', '王者荣耀 1000 点券卡密', 'invalid-card-key', '星耀卡盟｜王者荣耀 1000 点券卡密无效'],
    ['极速卡盟', '腾讯视频月卡', 'not-delivered', '极速卡盟｜腾讯视频月卡未到账'],
    ['速发卡网', 'Steam 钱包充值码 500', 'wrong-delivery', '速发卡网｜Steam 钱包充值码 500 到账错误'],
    ['渝乐卡盟', undefined, 'unauthorized-charge', '渝乐卡盟｜违规扣费'],
    ['渝乐卡盟', '  ', 'other', '渝乐卡盟｜纠纷'],
  ] as const)('%s + %s + %s reads %s', (platform, product, problem, title) => {
    expect(caseTitle(platform, product, problem)).toBe(title);
  });
});
