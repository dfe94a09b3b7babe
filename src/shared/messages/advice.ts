import type { AdviceReason, NextStep } from '../domain/advice';
import type { LetterKind } from '../domain/letters';
import { TIMELINE_CHANNELS, type TimelineChannel } from '../domain/timeline';
import { formatFen } from '../validation/money';
import { timelineChannelLabels } from './timeline';

/** The advisor's next steps as people say them; shared by the renderer and the CLI. */
export const nextStepLabels: Record<NextStep, string> = {
  'cs-complaint': '向平台客服正式投诉',
  wait: '等待平台处理',
  management: '向平台管理层投诉',
  blackcat: '在黑猫投诉平台投诉',
  'blackcat-followup': '在黑猫投诉发起二次投诉',
  '12315': '向全国12315投诉',
  regulator: '向市场监管部门投诉举报',
  court: '向互联网法院起诉',
};

/** The documents the app generates, by the names people know them by. */
export const letterLabels: Record<LetterKind, string> = {
  'cs-email': '客服投诉邮件',
  'management-escalation': '管理层投诉信',
  blackcat: '黑猫投诉内容',
  'blackcat-followup': '黑猫二次投诉内容',
  '12315': '12315投诉内容',
  'court-complaint': '起诉状',
  'evidence-list': '证据目录',
};

/** The reason names a channel by its stored key; an unknown key is shown as it is rather than dropped. */
const channelName = (channel: string): string =>
  (TIMELINE_CHANNELS as readonly string[]).includes(channel) ? timelineChannelLabels[channel as TimelineChannel] : channel;

/** One Chinese sentence saying why the advisor suggests its step. */
export function adviceSentence(reason: AdviceReason): string {
  switch (reason.kind) {
    case 'no-complaint-yet':
      return '还没有向平台正式投诉：先通过客服提交书面投诉，写明订单号、经过和具体诉求，留下记录。';
    case 'promise-pending':
      return `平台承诺应于 ${reason.dueDate}${reason.approximate ? '（估算）' : ''} 前处理，期限未到，可以先等待答复。`;
    case 'overdue':
      return reason.by === 'promise'
        ? `${channelName(reason.channel)}承诺 ${reason.dueDate} 前处理，距承诺期限已过 ${reason.overdueWorkingDays} 个工作日，问题仍未解决。`
        : `你要求对方 ${reason.dueDate} 前处理，距该期限已过 ${reason.overdueWorkingDays} 个工作日，问题仍未解决。`;
    case 'no-reply':
      return `通过${channelName(reason.channel)}提出要求后已过 ${reason.workingDays} 个工作日，对方仍未回复。`;
    case 'blackcat-stalled':
      return '黑猫投诉提交后问题仍未解决：可以在原投诉下补充投诉（二次投诉），写明投诉编号和此后的经过。';
    case 'fraud-report':
      return '你主张平台存在欺诈：可以向市场监管部门投诉举报，由监管部门调查处理。';
    case 'fraud-court':
      return '欺诈的三倍赔偿（消保法第55条，最低 500 元）平台通常不会主动给付，协商无果时需要起诉主张。';
    case 'large-amount':
      return `涉案金额 ¥${formatFen(reason.amountFen)} 已超过 ¥${formatFen(reason.thresholdFen)}，协商无果时值得考虑起诉。`;
  }
}
