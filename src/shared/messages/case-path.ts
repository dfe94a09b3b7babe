import type { PathStage } from '../domain/complaint-path';

/** The steps of the complaint path as people name them; shared by the case page, the dashboard and the CLI. */
export const pathStageLabels: Record<PathStage, string> = {
  prepare: '准备材料',
  'customer-service': '平台客服',
  management: '管理层',
  blackcat: '黑猫投诉',
  '12315': '12315',
  court: '互联网法院',
};

export const casePathMessages = {
  title: '维权进度',
  takenOn: (date: string) => `${date} 提交`,
  ticket: (number: string) => `编号 ${number}`,
  skipped: '未经过',
  /** Read out with each step, since its marker is only drawn. */
  stateWords: { done: '已完成', skipped: '', current: '当前步骤', upcoming: '未开始' },
  inProgress: '进行中',
  finished: '已结束',
  due: (date: string) => `期限 ${date}`,
  workingDaysLeft: (n: number) => (n === 0 ? '今天到期' : `还剩 ${n} 个工作日`),
  overdue: (n: number) => `已超期 ${n} 个工作日`,
  answered: (date: string) => `已于 ${date} 回复`,
  regulatorLimit: '法定受理期限',
  regulatorLimitHint: '市场监管部门应自收到投诉之日起 7 个工作日内决定是否受理（《市场监督管理投诉举报处理暂行办法》第十四条）。',
  noDeadline: '尚未记录期限',
  noDeadlineHint: '在时间线记录对方承诺的处理时间（如“3 个工作日内答复”），这里就会显示期限和剩余工作日。',
  nextStep: '下一步',
  noAdvice: '暂无建议，可在时间线中记录新的进展。',
  stepOf: (position: number, total: number, label: string) => `进度：第 ${position} 步（共 ${total} 步），${label}`,
  loadFailed: '维权进度加载失败',
} as const;
