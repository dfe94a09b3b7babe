import type { JurisdictionAgreement } from '../domain/case';

/** Messages and choices of the intake fields added for letters, seller and lawsuit. */
export const caseFieldMessages = {
  email: '请输入电子邮箱地址，例如 liming@example.com',
  electronicService: '请选择是否同意电子送达',
  sellerNameNeeded: '填写了店铺的其他信息，请同时填写店铺名称',
} as const;

export const jurisdictionAgreementLabels: Record<JurisdictionAgreement, string> = {
  none: '无（用户协议中没有仲裁或管辖法院条款）',
  arbitration: '有仲裁条款',
  court: '约定了管辖法院',
};

export const electronicServiceLabels = { yes: '同意电子送达', no: '不同意电子送达' } as const;

/** The case form's parts and hints for the fields added for letters, seller and lawsuit. */
export const caseFormMessages = {
  lettersSection: '文书需要的信息',
  lettersOpen: '填写法定代表人、平台邮箱、民族、你的邮箱（起诉状和投诉邮件需要）',
  sellerSection: '销售店铺',
  sellerSwitch: '这笔订单是平台上的某家店铺（商户）卖的',
  sellerHint: '平台自营则不用填。店铺的经营者、地址可在店铺主页的“营业执照”或“经营者信息”中找到。',
  litigationSection: '起诉信息（只有起诉状需要）',
  litigationOpen: '填写起诉信息：受诉法院、仲裁或管辖约定、电子送达',
  legalRepresentativeHint: '可在国家企业信用信息公示系统查询',
  ethnicityPlaceholder: '例如 汉族',
  courtPlaceholder: '留空则按管辖规则建议的法院',
  courtProposal: (court: string, reason: string) => `建议：${court}。${reason}`,
  courtNoProposal: '补充原告和被告的地址（写到区县）后，这里会给出建议的法院。',
  agreementHint: '请查看平台的用户协议：有没有写“提交仲裁”或“由某地法院管辖”？',
  electronicServiceHint: '同意后，法院可以通过手机短信、电子邮箱送达诉讼文书。',
} as const;
