import type { CaseLifecycle, CaseStatus, DemandType, ProblemType } from '../domain/case';

export const statusLabels: Record<CaseStatus, string> = {
  preparing: '准备中',
  complained: '已投诉',
  negotiating: '协商中',
  escalated: '已升级',
  'third-party': '第三方投诉',
  regulator: '监管投诉',
  litigation: '诉讼中',
  resolved: '已解决',
  closed: '已结案',
};

export const problemTypeLabels: Record<ProblemType, string> = {
  'not-delivered': '未到账 / 未发货',
  'wrong-delivery': '到账错误 / 发错商品',
  'invalid-card-key': '卡密无效',
  'slow-response': '客服响应滞后',
  'false-advertising': '虚假宣传',
  'unauthorized-charge': '违规扣费',
  'account-abnormal': '账号异常 / 被封',
  other: '其他问题',
};

export const demandTypeLabels: Record<DemandType, string> = {
  refund: '退款',
  redeliver: '重新发货 / 补发',
  compensation: '赔偿',
  other: '其他',
};

export const lifecycleLabels: Record<CaseLifecycle, string> = {
  active: '进行中',
  archived: '已归档',
  trashed: '回收站',
};

/** Field names as people know them; keys are the intake paths (`platform.creditCode`). */
export const fieldLabels: Record<string, string> = {
  title: '案件标题',
  'platform.name': '平台名称',
  'platform.url': '平台网址',
  'platform.company': '运营公司全称',
  'platform.creditCode': '统一社会信用代码',
  'platform.address': '公司地址',
  'platform.legalRepresentative': '法定代表人',
  'platform.phone': '平台联系电话',
  'platform.serviceEmail': '客服邮箱',
  'platform.managementEmail': '投诉 / 管理层邮箱',
  'complainant.name': '投诉人姓名',
  'complainant.phone': '手机号码',
  'complainant.account': '平台账号',
  'complainant.idNumber': '身份证号码',
  'complainant.address': '联系地址',
  'complainant.ethnicity': '民族',
  'complainant.email': '电子邮箱',
  'seller.name': '店铺名称',
  'seller.operator': '店铺经营者',
  'seller.operatorCreditCode': '经营者统一社会信用代码',
  'seller.address': '经营者地址',
  'seller.contact': '店铺联系方式',
  'order.number': '订单号',
  'order.purchasedAt': '购买时间',
  'order.product': '商品名称',
  'order.amountPaid': '实付金额（元）',
  'order.paymentMethod': '支付方式',
  'order.paymentRef': '支付流水号',
  'problem.type': '问题类型',
  'problem.description': '问题描述',
  'demand.type': '诉求类型',
  'demand.amount': '诉求金额（元）',
  'demand.deadlineDays': '处理期限（天）',
  'litigation.court': '受诉法院',
  'litigation.agreement': '仲裁或管辖约定',
  'litigation.electronicService': '电子送达',
  status: '案件状态',
};
