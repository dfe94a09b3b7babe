import type { CaseStatus } from './case';

/** Where a contact happened; the order is the usual escalation path. */
export const TIMELINE_CHANNELS = ['online-cs', 'email', 'phone', 'management', 'blackcat', '12315', 'regulator', 'court', 'other'] as const;
export type TimelineChannel = (typeof TIMELINE_CHANNELS)[number];

export const TIMELINE_DIRECTIONS = ['outgoing', 'incoming', 'note'] as const;
export type TimelineDirection = (typeof TIMELINE_DIRECTIONS)[number];

/**
 * What an offer of the other side is: money back (all or part), a coupon (not cash), the goods again,
 * or something else. A coupon or a redelivery covers nothing of a money demand.
 */
export const OFFER_KINDS = ['refund', 'partial-refund', 'coupon', 'redelivery', 'other'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Channels through which a demand reaches the platform itself (民法典 第195条: a demand to the obligor). */
export const PLATFORM_CHANNELS: readonly TimelineChannel[] = ['online-cs', 'email', 'phone', 'management'];

/** One contact or note in a case's negotiation history. */
export interface TimelineEvent {
  id: string;
  at: string;
  channel: TimelineChannel;
  direction: TimelineDirection;
  /** 客服工号 */
  agentId?: string;
  /** Ticket or complaint number the other side gave. */
  ticketNumber?: string;
  summary: string;
  /** The other side's key words, verbatim. */
  quote?: string;
  offerAmountFen?: number;
  /** What the offer is; entries from before offer kinds existed have an amount only. */
  offerKind?: OfferKind;
  /** A promise to handle the matter within this many working days. */
  promisedWorkingDays?: number;
  /** Where the promise comes from, e.g. 平台规则第X条, 客服承诺. */
  promiseSource?: string;
  /**
   * The day (YYYY-MM-DD) by which the person's own demand asked for an answer — a letter marked
   * sent records the deadline it states. Tracked like a promise, but it is no promise of the other side.
   */
  replyBy?: string;
  /** The platform refused (or was unable) to give the shop's real name, address and contact (消保法 第44条). */
  sellerIdentityRefused?: true;
  /** Linked evidence item ids. */
  evidence: string[];
  /** The case status this contact moved the case to. */
  status?: CaseStatus;
  createdAt: string;
  updatedAt: string;
  removedAt?: string;
}

/** A deadline computed from a promise or from the demand letter. */
export interface Deadline {
  /** The last day (YYYY-MM-DD, China time) by which the other side should have acted. */
  dueDate: string;
  /** Working days past the due date: today (or the reply) minus the due date; 0 when not overdue. */
  overdueWorkingDays: number;
  /** A date in a year without a published holiday arrangement was involved. */
  approximate: boolean;
  /** Whether the other side answered (an incoming entry) by the due date. */
  answeredAt?: string;
}

export interface TimelineEventView extends TimelineEvent {
  deadline?: Deadline;
}
