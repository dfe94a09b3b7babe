import type { TimelineChannel, TimelineDirection } from '../domain/timeline';

export const timelineChannelLabels: Record<TimelineChannel, string> = {
  'online-cs': '在线客服',
  email: '客服邮箱',
  phone: '电话',
  management: '管理层',
  blackcat: '黑猫投诉',
  '12315': '全国12315',
  regulator: '监管部门',
  court: '法院',
  other: '其他',
};

export const timelineDirectionLabels: Record<TimelineDirection, string> = {
  outgoing: '我方发出',
  incoming: '对方回复',
  note: '备注',
};

/** Field names of a timeline entry as people know them; keys are the CLI's field names. */
export const timelineFieldLabels: Record<string, string> = {
  at: '时间',
  channel: '渠道',
  direction: '方向',
  agentId: '客服工号',
  ticketNumber: '工单号 / 投诉编号',
  summary: '经过摘要',
  quote: '对方原话',
  offerAmount: '对方提出的金额（元）',
  offerKind: '方案类型',
  promisedWorkingDays: '承诺处理时限（工作日）',
  promiseSource: '承诺依据',
  replyBy: '我方要求的答复期限',
  sellerIdentityRefused: '平台拒绝提供店铺经营者的真实名称、地址和联系方式',
  evidence: '关联证据',
  status: '案件状态变为',
};

export const timelineMessages = {
  promisedWorkingDays: '承诺时限应为 1 到 60 之间的整数（工作日）',
  promiseWithoutDays: '填写了承诺依据，请同时填写承诺处理时限',
  replyBy: '请写成日期，例如 2024-06-17',
  evidenceId: '关联证据的编号无效',
  evidenceNotInCase: (id: string) => `关联的证据“${id}”不在本案的证据库中`,
  eventNotFound: (id: string) => `找不到时间线记录“${id}”`,
  fileInvalid: (detail: string) => `timeline.json 有误：${detail}`,
  fileFutureVersion: (version: number, supported: number) =>
    `timeline.json 的格式版本为 ${version}，由更新版本的维权卷宗写入；本软件最高支持版本 ${supported}`,
  overdue: (days: number) => `已超期 ${days} 个工作日`,
  dueOn: (date: string) => `应于 ${date} 前处理`,
  approximate: '（该年度节假日安排尚未公布，日期为估算）',
} as const;
