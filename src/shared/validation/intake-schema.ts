import { z } from 'zod';
import { caseTitle } from '../cases/case-title';
import { DEMAND_TYPES, PROBLEM_TYPES, type CaseFacts } from '../domain/case';
import { validationMessages as m } from '../messages/validation';
import { parseCreditCode } from './credit-code';
import { parsePastDateTime } from './date-time';
import { parseMobile } from './mobile';
import { parseMoney } from './money';
import type { ParseResult } from './parse-result';
import { parseResidentId } from './resident-id';
import { parseWebUrl } from './url';

const TEXT_MAX = 200;
const LONG_TEXT_MAX = 5000;

/** Text the person must fill in; surrounding white space is dropped. */
const requiredText = (max = TEXT_MAX) =>
  z
    .string({ error: m.required })
    .trim()
    .min(1, { error: m.required })
    .max(max, { error: m.tooLong(max) });

/** Optional text: missing, empty or blank all mean "not given". */
const optionalText = (max = TEXT_MAX) =>
  z
    .string({ error: m.required })
    .trim()
    .max(max, { error: m.tooLong(max) })
    .optional()
    .transform((s) => (s ? s : undefined));

/** A string run through one of the validators, reporting its Chinese message as the issue. */
const checked = <T>(parse: (input: string) => ParseResult<T>) =>
  z.string({ error: m.required }).transform((input, ctx): T => {
    const result = parse(input);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });

const optionalChecked = <T>(parse: (input: string) => ParseResult<T>) =>
  z
    .string({ error: m.required })
    .optional()
    .transform((input, ctx): T | undefined => {
      if (input === undefined || input.trim() === '') return undefined;
      const result = parse(input);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.message });
        return z.NEVER;
      }
      return result.value;
    });

const positiveMoney = (input: string): ParseResult<number> => {
  const result = parseMoney(input);
  return result.ok && result.value === 0 ? { ok: false, message: m.moneyPositive } : result;
};

const deadlineDays = z
  .union([z.number(), z.string()], { error: m.deadlineDays })
  .optional()
  .transform((value, ctx): number | undefined => {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
    const n = typeof value === 'number' ? value : Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > 90) {
      ctx.addIssue({ code: 'custom', message: m.deadlineDays });
      return z.NEVER;
    }
    return n;
  });

/**
 * A missing section is validated as if empty, so the messages name its required fields
 * (`platform.name`) rather than the whole section; the cast is what zod's types need to allow that.
 */
const EMPTY_SECTION = {} as never;

/** Drops keys whose value is undefined so stored JSON stays minimal. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * Validates an intake object (see {@link CaseIntake}) and produces normalised {@link CaseFacts}.
 * Issue paths are the intake field paths, e.g. `platform.creditCode`.
 */
export const caseIntakeSchema = z
  .object({
    title: optionalText(),
    platform: z.object(
      {
        name: requiredText(),
        url: optionalChecked(parseWebUrl),
        company: optionalText(),
        creditCode: optionalChecked(parseCreditCode),
        address: optionalText(),
      },
      { error: m.required },
    )
      .prefault(EMPTY_SECTION),
    complainant: z.object(
      {
        name: requiredText(50),
        phone: optionalChecked(parseMobile),
        account: optionalText(),
        idNumber: optionalChecked(parseResidentId),
        address: optionalText(),
      },
      { error: m.required },
    )
      .prefault(EMPTY_SECTION),
    order: z.object(
      {
        number: requiredText(100),
        purchasedAt: checked((s) => parsePastDateTime(s)),
        product: optionalText(),
        amountPaid: checked(positiveMoney),
        paymentMethod: optionalText(),
        paymentRef: optionalText(),
      },
      { error: m.required },
    )
      .prefault(EMPTY_SECTION),
    problem: z.object(
      {
        type: z.enum(PROBLEM_TYPES, { error: m.choice }),
        description: optionalText(LONG_TEXT_MAX),
      },
      { error: m.required },
    )
      .prefault(EMPTY_SECTION),
    demand: z
      .object({
        type: z
          .enum(DEMAND_TYPES, { error: m.choice })
          .or(z.literal(''))
          .optional()
          .transform((t) => (t ? t : undefined)),
        amount: optionalChecked(parseMoney),
        deadlineDays,
      })
      .optional(),
  })
  .transform(
    (intake): CaseFacts => ({
      title: intake.title ?? caseTitle(intake.platform.name, intake.order.product, intake.problem.type),
      platform: compact(intake.platform),
      complainant: compact(intake.complainant),
      order: compact({
        number: intake.order.number,
        purchasedAt: intake.order.purchasedAt,
        product: intake.order.product,
        amountPaidFen: intake.order.amountPaid,
        paymentMethod: intake.order.paymentMethod,
        paymentRef: intake.order.paymentRef,
      }),
      problem: compact(intake.problem),
      demand: compact({
        type: intake.demand?.type,
        amountFen: intake.demand?.amount,
        deadlineDays: intake.demand?.deadlineDays,
      }),
    }),
  );
