import type { OfferKind, TimelineChannel } from '../domain/timeline';

/**
 * How documents tell a contact, built from the entry's fields: who acted on which channel, the
 * ticket, what was said (the person's summary, as content only), the other side's words, its offer
 * and its promise. `p` is how the document names the platform: 平台 in complaints, 被告 in court.
 */
export const narrativeText = {
  /** The person's own act on a channel, when the summary adds nothing more. */
  outgoingAct: {
    'online-cs': (p: string) => `通过${p}在线客服反映问题`,
    email: (p: string) => `向${p}客服邮箱发送投诉邮件`,
    phone: (p: string) => `致电${p}客服反映问题`,
    management: (p: string) => `致信${p}管理层`,
    blackcat: () => '在黑猫投诉平台提交投诉',
    '12315': () => '在全国12315平台提交投诉',
    regulator: () => '向市场监督管理部门反映',
    court: () => '向人民法院提起诉讼',
    other: (p: string) => `向${p}主张权利`,
  } satisfies Record<TimelineChannel, (p: string) => string>,
  /** The act when what was said follows: the summary's own verb (反映…, 要求…) carries the sentence on. */
  outgoingVia: {
    'online-cs': (p: string) => `通过${p}在线客服`,
    email: (p: string) => `向${p}客服邮箱发送投诉邮件，`,
    phone: (p: string) => `致电${p}客服，`,
    management: (p: string) => `致信${p}管理层，`,
    blackcat: () => '在黑猫投诉平台提交投诉，',
    '12315': () => '在全国12315平台提交投诉，',
    regulator: () => '向市场监督管理部门',
    court: () => '向人民法院提起诉讼，',
    other: (p: string) => `向${p}`,
  } satisfies Record<TimelineChannel, (p: string) => string>,
  /** Who answered on a channel; `agent` is the 客服工号 part, empty when unknown. */
  incomingWho: {
    'online-cs': (p: string, agent: string) => `${p}在线客服${agent}答复`,
    email: (p: string, agent: string) => `${p}客服${agent}通过邮件答复`,
    phone: (p: string, agent: string) => `${p}客服${agent}来电答复`,
    management: (p: string) => `${p}管理层答复`,
    blackcat: (p: string) => `${p}在黑猫投诉平台答复`,
    '12315': () => '市场监督管理部门通过全国12315平台答复',
    regulator: () => '市场监督管理部门答复',
    court: () => '人民法院通知',
    other: (p: string) => `${p}答复`,
  } satisfies Record<TimelineChannel, (p: string, agent: string) => string>,
  /** Who stands behind a promise or an offer recorded on the person's own entry: always the other side. */
  counterpart: {
    'online-cs': (p: string, agent: string) => `${p}客服${agent}`,
    email: (p: string, agent: string) => `${p}客服${agent}`,
    phone: (p: string, agent: string) => `${p}客服${agent}`,
    management: (p: string) => `${p}管理层`,
    blackcat: (p: string) => p,
    '12315': () => '市场监督管理部门',
    regulator: () => '市场监督管理部门',
    court: () => '人民法院',
    other: (p: string) => p,
  } satisfies Record<TimelineChannel, (p: string, agent: string) => string>,
  agent: (id: string) => `（工号${id}）`,
  /** Third-party channels number complaints; the platform numbers tickets. */
  ticketOwn: (channel: TimelineChannel, number: string) =>
    channel === 'blackcat' || channel === '12315' || channel === 'regulator' ? `（投诉编号${number}）` : `（工单号${number}）`,
  ticketGiven: (channel: TimelineChannel, number: string) =>
    channel === 'blackcat' || channel === '12315' || channel === 'regulator' ? `，告知投诉编号为${number}` : `，告知工单号为${number}`,
  said: (content: string) => `，称${content}`,
  quote: (text: string) => `，原话为“${text}”`,
  promise: (days: number, due: string) => `承诺${days}个工作日内（即${due}前）处理`,
  promiseBasis: (source: string) => `（依据：${source}）`,
  replyBy: (due: string) => `，要求于${due}前处理并答复`,
  offer: {
    refund: (amount: string) => `同意退款${amount}`,
    'partial-refund': (amount: string) => `仅同意退款${amount}（部分退款）`,
    coupon: (amount: string) => `仅提出补偿${amount}优惠券（非现金）`,
    redelivery: () => '提出补发商品',
    other: (amount: string) => (amount ? `提出其他处理方案（涉及金额${amount}）` : '提出其他处理方案'),
  } satisfies Record<OfferKind, (amount: string) => string>,
  /** An offer recorded before offers had a kind: only its amount is known. */
  offerAmountOnly: (amount: string) => `提出补偿${amount}`,
  noRefund: '，未同意退款',
} as const;
