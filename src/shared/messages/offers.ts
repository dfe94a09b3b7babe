import type { OfferKind } from '../domain/timeline';

/** The kinds of offer, as the entry form and the timeline name them. */
export const offerKindLabels: Record<OfferKind, string> = {
  refund: '退款',
  'partial-refund': '部分退款',
  coupon: '优惠券 / 代金券（非现金）',
  redelivery: '补发 / 重新发货',
  other: '其他方案',
};

export const offerMessages = {
  kindLabel: '方案类型',
  kindUnspecified: '（未说明）',
  amountNeeded: '部分退款和优惠券需要填写金额',
  replyByPlaceholder: '例如 2024-06-17',
  /** One line per timeline entry with an offer. */
  entryLine: (kind: OfferKind | undefined, amount: string | undefined) => {
    if (!kind) return `对方提出的金额：${amount}`;
    const label = offerKindLabels[kind];
    return amount ? `对方提出：${label} ${amount}` : `对方提出：${label}`;
  },
  /** What the latest offer is, in the offer evaluation. */
  latest: (kind: OfferKind | undefined, amount: string | undefined, at: string) =>
    `最近一次方案（${at}）：${kind ? offerKindLabels[kind] : '金额'}${amount ? ` ${amount}` : ''}`,
  /** Why an offer counts for nothing (or little) against a money demand. */
  noCashValue: {
    coupon: '优惠券不是现金，不抵扣退款，计为 0 元。',
    redelivery: '补发不是退款，对金钱诉求计为 0 元。',
    other: '其他方案无法折算为现金，计为 0 元。',
  } satisfies Partial<Record<OfferKind, string>>,
} as const;
