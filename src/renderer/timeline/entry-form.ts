import type { ApiInput } from '../../shared/api/contract';
import type { CaseStatus } from '../../shared/domain/case';
import type { OfferKind, TimelineChannel, TimelineDirection, TimelineEventView } from '../../shared/domain/timeline';
import { nowChinaIso } from '../../shared/validation/date-time';
import { fenToInput } from '../../shared/validation/money';
import { timelineEventInputSchema } from '../../shared/validation/timeline-schema';
import { CHINESE_ISSUES } from '../../shared/validation/issue-messages';
import { ApiCallError } from '../api/client';
import { formatDateTime, formatDateTimeWithSeconds } from '../format/date-time';

/** What the entry form's inputs hold: text as typed, '' for an empty optional field. */
export interface EntryValues {
  at: string;
  channel: TimelineChannel;
  direction: TimelineDirection;
  agentId: string;
  ticketNumber: string;
  summary: string;
  quote: string;
  offerAmount: string;
  offerKind: OfferKind | '';
  promisedWorkingDays: string;
  promiseSource: string;
  /** YYYY-MM-DD: the answer the person's own demand asked for by then. */
  replyBy: string;
  sellerIdentityRefused: boolean;
  evidence: string[];
  status: CaseStatus | '';
}

export type EntryInput = ApiInput<'timeline:add'>['event'];
/** One message per field, keyed by the schema's (and the CLI's) field names. */
export type EntryErrors = Partial<Record<keyof EntryValues, string>>;

/**
 * A fresh entry: now, and the channel and direction of the latest entry, since contacts come in
 * runs (a chat goes back and forth on one channel).
 */
export function blankEntry(latest?: Pick<TimelineEventView, 'channel' | 'direction'>): EntryValues {
  return {
    at: formatDateTime(nowChinaIso()),
    channel: latest?.channel ?? 'online-cs',
    direction: latest?.direction ?? 'outgoing',
    agentId: '',
    ticketNumber: '',
    summary: '',
    quote: '',
    offerAmount: '',
    offerKind: '',
    promisedWorkingDays: '',
    promiseSource: '',
    replyBy: '',
    sellerIdentityRefused: false,
    evidence: [],
    status: '',
  };
}

export const entryValuesOf = (event: TimelineEventView): EntryValues => ({
  at: formatDateTimeWithSeconds(event.at),
  channel: event.channel,
  direction: event.direction,
  agentId: event.agentId ?? '',
  ticketNumber: event.ticketNumber ?? '',
  summary: event.summary,
  quote: event.quote ?? '',
  offerAmount: event.offerAmountFen === undefined ? '' : fenToInput(event.offerAmountFen),
  offerKind: event.offerKind ?? '',
  promisedWorkingDays: event.promisedWorkingDays === undefined ? '' : String(event.promisedWorkingDays),
  promiseSource: event.promiseSource ?? '',
  replyBy: event.replyBy ?? '',
  sellerIdentityRefused: event.sellerIdentityRefused ?? false,
  evidence: event.evidence,
  status: event.status ?? '',
});

/** What to send; the host applies the same schema, so empty fields are simply left for it to drop. */
export function entryInputOf({ status, sellerIdentityRefused, ...values }: EntryValues): EntryInput {
  return { ...values, ...(status ? { status } : {}), ...(sellerIdentityRefused ? { sellerIdentityRefused } : {}) };
}

/** Checks an entry with the schema the host applies, so its Chinese messages show under the fields. */
export function checkEntry(input: EntryInput): EntryErrors {
  const parsed = timelineEventInputSchema.safeParse(input, CHINESE_ISSUES);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/** Host field errors name `event.<field>` or the bare field; the form's fields are the bare names. */
export const hostEntryErrors = (failure: unknown): EntryErrors =>
  failure instanceof ApiCallError ? Object.fromEntries(failure.fields.map(({ field, message }) => [field.replace(/^event\./, ''), message])) : {};
