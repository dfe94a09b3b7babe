import type { ClaimItem, ClaimWarning } from '../claims/claim-model';
import type { LegalBasis } from '../claims/legal-basis';
import { formatFen } from '../validation/money';

/** Articles as the app and the CLI name them, short. */
export const legalBasisLabels: Record<LegalBasis, string> = {
  ecommerce38: '电子商务法第38条',
  ecommerce51: '电子商务法第51条',
  ecommerce59: '电子商务法第59条',
  civil563: '民法典第563条',
  civil566: '民法典第566条',
  civil577: '民法典第577条',
  civil584: '民法典第584条',
  consumer24: '消保法第24条',
  consumer44Identity: '消保法第44条第1款（平台不能提供经营者真实信息）',
  consumer44Promise: '消保法第44条第1款（平台承诺）',
  consumer55: '消保法第55条第1款',
};

/** Articles as documents cite them: the law's full name and the article in Chinese numerals. */
export const legalBasisCitations: Record<LegalBasis, string> = {
  ecommerce38: '《中华人民共和国电子商务法》第三十八条第一款',
  ecommerce51: '《中华人民共和国电子商务法》第五十一条',
  ecommerce59: '《中华人民共和国电子商务法》第五十九条',
  civil563: '《中华人民共和国民法典》第五百六十三条第一款',
  civil566: '《中华人民共和国民法典》第五百六十六条',
  civil577: '《中华人民共和国民法典》第五百七十七条',
  civil584: '《中华人民共和国民法典》第五百八十四条',
  consumer24: '《中华人民共和国消费者权益保护法》第二十四条',
  consumer44Identity: '《中华人民共和国消费者权益保护法》第四十四条第一款',
  consumer44Promise: '《中华人民共和国消费者权益保护法》第四十四条第一款',
  consumer55: '《中华人民共和国消费者权益保护法》第五十五条第一款',
};

const yuan = (fen: number) => `${formatFen(fen)} 元`;

/** One claim item as the offer panel and `casebook claims` list it. */
export function claimItemLabel(item: ClaimItem): string {
  switch (item.kind) {
    case 'refund':
      return '退还货款';
    case 'redelivery':
      return '重新交付商品';
    case 'statutory-multiple':
      return item.minimumApplied ? '欺诈三倍赔偿（不足 500 元按 500 元）' : '欺诈三倍赔偿';
    case 'promised-multiple':
      return `平台承诺“${item.text}”（${item.multiplier} 倍）`;
    case 'loss':
      return item.unitemised ? '其他损失（未逐项列明）' : `其他损失：${item.text}`;
  }
}

/** The plausibility check's findings, shown before a document is used and by `casebook claims`. */
export function claimWarningText(warning: ClaimWarning): string {
  switch (warning.kind) {
    case 'multiple-without-basis':
      return `诉求金额 ${yuan(warning.demandFen)} 是实付金额的 ${warning.multiple} 倍，但案件没有主张欺诈（消保法第55条），也没有记录平台的赔付承诺：倍数赔偿缺少依据，超出货款的部分只能作为其他损失（民法典第584条）主张，需逐项列明并有证据。`;
    case 'loss-not-itemised':
      return `除退款和倍数赔偿外，还有 ${yuan(warning.lossFen)} 作为“其他损失”主张，超过了实付金额 ${yuan(warning.priceFen)}，却没有逐项列明；请在“主张”中列出每一项损失及其金额。`;
    case 'demand-below-total':
      return `诉求金额 ${yuan(warning.demandFen)} 少于各项合计 ${yuan(warning.totalFen)}（退款与倍数赔偿是两项，不重复计算）；各文书按合计 ${yuan(warning.totalFen)} 主张。如不想主张某一项，请修改诉求或主张。`;
    case 'demand-differs':
      return `诉求金额 ${yuan(warning.demandFen)} 与逐项列明的合计 ${yuan(warning.totalFen)} 不一致；各文书按合计 ${yuan(warning.totalFen)} 主张。`;
    case 'refund-above-price':
      return `退款金额 ${yuan(warning.demandFen)} 超过了实付金额 ${yuan(warning.priceFen)}；退款最多为实付金额，各文书按 ${yuan(warning.priceFen)} 主张，超出部分请作为损失逐项列明。`;
  }
}

export const claimMessages = {
  total: (amount: string) => `各文书主张的合计：${amount}`,
  notAdded: (label: string, amount: string) => `${label}（${amount}）与上面的倍数赔偿针对同一损失，只主张较高的一项，不重复计算`,
  lossText: '损失内容',
  lossAmount: '金额（元）',
  addLoss: '添加一项损失',
  removeLoss: (text: string) => `删除损失“${text}”`,
  lossesTitle: '其他损失（民法典第584条，需有证据）',
  lossTextRequired: '请写明是什么损失，例如“充值差价”',
} as const;
