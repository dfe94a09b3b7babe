import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case';
import { OFFER_KINDS, TIMELINE_CHANNELS, TIMELINE_DIRECTIONS, type TimelineEvent } from '../domain/timeline';
import { offerMessages } from '../messages/offers';
import { timelineMessages as t } from '../messages/timeline';
import { validationMessages as m } from '../messages/validation';
import { parsePastDateTime } from './date-time';
import { optionalFen } from './money';
import { optionalTextField, textField } from './text-fields';
import { storedUlid } from './stored-formats';

/**
 * One timeline entry as a person (the quick-add form) or a script (`casebook event add --file`)
 * writes it. Field names are the CLI's public contract:
 * `at, channel, direction, agentId, ticketNumber, summary, quote, offerAmount, offerKind,
 * promisedWorkingDays, promiseSource, replyBy, sellerIdentityRefused, evidence, status`.
 *
 * @example { "at": "2024-05-21 10:05", "channel": "online-cs", "direction": "incoming", "agentId": "KF8848",
 *            "summary": "客服称三个工作日内处理", "promisedWorkingDays": 3, "promiseSource": "客服承诺" }
 */
export const timelineEventInputSchema = z
  .object({
    at: z.string().transform((value, ctx) => {
      const parsed = parsePastDateTime(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }
      return parsed.value;
    }),
    channel: z.enum(TIMELINE_CHANNELS),
    direction: z.enum(TIMELINE_DIRECTIONS),
    agentId: optionalTextField(50),
    ticketNumber: optionalTextField(100),
    summary: textField(2000, 'text').min(1, { error: m.required }),
    quote: optionalTextField(2000, 'text'),
    offerAmount: optionalFen,
    offerKind: z
      .enum(OFFER_KINDS)
      .or(z.literal(''))
      .optional()
      .transform((kind) => (kind ? kind : undefined)),
    promisedWorkingDays: z
      .union([z.number(), z.string()], { error: (issue) => (issue.input === undefined ? undefined : t.promisedWorkingDays) })
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || String(value).trim() === '') return undefined;
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 60) {
          ctx.addIssue({ code: 'custom', message: t.promisedWorkingDays });
          return z.NEVER;
        }
        return n;
      }),
    promiseSource: optionalTextField(200),
    replyBy: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === '') return undefined;
        const day = value.trim();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00+08:00`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
          ctx.addIssue({ code: 'custom', message: t.replyBy });
          return z.NEVER;
        }
        return day;
      }),
    sellerIdentityRefused: z
      .boolean()
      .optional()
      .transform((value): true | undefined => (value ? true : undefined)),
    evidence: z.array(storedUlid(t.evidenceId)).max(200).default([]),
    status: z.enum(CASE_STATUSES).optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.promiseSource && event.promisedWorkingDays === undefined) {
      ctx.addIssue({ code: 'custom', path: ['promisedWorkingDays'], message: t.promiseWithoutDays });
    }
    // A part of the price or a coupon says nothing without its amount; a refund is of the price unless one is given.
    if ((event.offerKind === 'partial-refund' || event.offerKind === 'coupon') && event.offerAmount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['offerAmount'], message: offerMessages.amountNeeded });
    }
  })
  .transform(({ offerAmount, ...rest }) => ({
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    ...(offerAmount !== undefined ? { offerAmountFen: offerAmount } : {}),
  }) as TimelineEventFields);

/** The validated, normalised fields of an entry (money in fen, time in +08:00). */
export type TimelineEventFields = Omit<TimelineEvent, 'id' | 'createdAt' | 'updatedAt' | 'removedAt'>;
