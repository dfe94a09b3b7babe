import type { ProblemType } from '../domain/case';

/** How a problem reads at the end of a case title: short, without the form's alternatives (`未到账 / 未发货`). */
export const problemTitleWords: Record<ProblemType, string> = {
  'not-delivered': '未到账',
  'wrong-delivery': '到账错误',
  'invalid-card-key': '卡密无效',
  'slow-response': '客服响应滞后',
  'false-advertising': '虚假宣传',
  'unauthorized-charge': '违规扣费',
  'account-abnormal': '账号异常',
  other: '纠纷',
};

/** Between the platform and the rest of a generated title: the full-width bar people use in listings. */
export const CASE_TITLE_SEPARATOR = '｜';
