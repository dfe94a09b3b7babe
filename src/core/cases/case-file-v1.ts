import { z } from 'zod';
import type { CaseLifecycle, CaseStatus } from '../../shared/domain/case';
import { parseDateTime } from '../../shared/validation/date-time';
import { parseMoney } from '../../shared/validation/money';
import type { ParseResult } from '../../shared/validation/parse-result';

/**
 * Status labels exactly as the draft (version 1) format stored them. Frozen here on purpose: this is
 * file-format data, not UI text, and must keep reading old files even if the labels shown change.
 */
const V1_STATUS_LABELS: Record<string, CaseStatus> = {
  准备中: 'preparing',
  已投诉: 'complained',
  协商中: 'negotiating',
  已升级: 'escalated',
  第三方投诉: 'third-party',
  监管投诉: 'regulator',
  诉讼中: 'litigation',
  已解决: 'resolved',
  已结案: 'closed',
};

/** A string run through a shared validator; the validator's Chinese message becomes the issue. */
const via = <T>(parse: (input: string) => ParseResult<T>) =>
  z.string().transform((input, ctx): T => {
    const result = parse(input);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });

const v1Money = via(parseMoney);
const v1DateTime = via(parseDateTime);
const v1Status = z.string().transform((label, ctx): CaseStatus => {
  const status = V1_STATUS_LABELS[label.trim()];
  if (!status) {
    ctx.addIssue({ code: 'custom', message: `无法识别的状态“${label}”` });
    return z.NEVER;
  }
  return status;
});

/**
 * The draft format (version 1): Chinese status labels, amounts as yuan strings, archive/trash as two
 * booleans, `created`/`modified` time stamps. Read-only: nothing writes version 1 any more.
 */
const caseFileV1Schema = z.strictObject({
  version: z.literal(1),
  id: z.string(),
  created: v1DateTime,
  modified: v1DateTime,
  status: v1Status,
  archived: z.boolean(),
  deleted: z.boolean(),
  title: z.string(),
  platform: z.looseObject({ name: z.string() }),
  complainant: z.looseObject({ name: z.string() }),
  order: z.looseObject({ number: z.string(), purchasedAt: v1DateTime, amountPaid: v1Money }),
  problem: z.looseObject({ type: z.string() }),
  demand: z
    .looseObject({
      type: z.string().optional(),
      amount: v1Money.optional(),
      deadlineDays: z.number().optional(),
    })
    .optional(),
});

const lifecycleOf = (archived: boolean, deleted: boolean): CaseLifecycle =>
  deleted ? 'trashed' : archived ? 'archived' : 'active';

/**
 * Reads a version-1 file and migrates it to the version-2 shape, as one zod schema so that a bad v1
 * value is reported under its v1 field name. The output is checked against the current schema by
 * the caller, so anything v1 allowed that v2 does not is reported rather than guessed.
 */
export const caseFileV1ToV2 = caseFileV1Schema.transform((v1) => {
  const { amountPaid, ...order } = v1.order;
  const { amount, ...demand } = v1.demand ?? {};
  return {
    schemaVersion: 2,
    id: v1.id,
    createdAt: v1.created,
    updatedAt: v1.modified,
    status: v1.status,
    lifecycle: lifecycleOf(v1.archived, v1.deleted),
    title: v1.title,
    platform: v1.platform,
    complainant: v1.complainant,
    order: { ...order, amountPaidFen: amountPaid },
    problem: v1.problem,
    demand: amount === undefined ? demand : { ...demand, amountFen: amount },
  };
});
