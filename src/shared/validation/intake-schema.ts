import { z } from 'zod';
import { DEMAND_TYPES, JURISDICTION_AGREEMENTS, PROBLEM_TYPES, type CaseFacts } from '../domain/case';
import { caseFieldMessages } from '../messages/case-fields';
import { problemTypeLabels } from '../messages/labels';
import { validationMessages as m } from '../messages/validation';
import { parseCreditCode } from './credit-code';
import { parsePastDateTime } from './date-time';
import { parseEmail } from './email';
import { parseMobile } from './mobile';
import { moneyInput, optionalFen, parseMoney } from './money';
import type { ParseResult } from './parse-result';
import { parseResidentId } from './resident-id';
import { optionalTextField, textField, type TextKind } from './text-fields';
import { parseWebUrl } from './url';

const TEXT_MAX = 200;
const LONG_TEXT_MAX = 5000;

/** Text the person must fill in (one line unless `kind` says otherwise); surrounding white space is dropped. */
const requiredText = (max = TEXT_MAX, kind: TextKind = 'line') => textField(max, kind).min(1, { error: m.required });

/** Optional text: missing, empty or blank all mean "not given". */
const optionalText = (max = TEXT_MAX, kind: TextKind = 'line') => optionalTextField(max, kind);

/** A string run through one of the validators, reporting its Chinese message as the issue. */
const checked = <T>(parse: (input: string) => ParseResult<T>) =>
  z.string().transform((input, ctx): T => {
    const result = parse(input);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result.value;
  });

const optionalChecked = <T>(parse: (input: string) => ParseResult<T>) =>
  z
    .string()
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

/** yes/no as the form's choice sends it, or a boolean from a JSON file. */
const yesNo = (message: string) =>
  z
    .union([z.boolean(), z.enum(['yes', 'no', ''])], { error: message })
    .optional()
    .transform((value) => (value === '' || value === undefined ? undefined : value === true || value === 'yes'));

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
        legalRepresentative: optionalText(50),
        phone: optionalText(50),
        serviceEmail: optionalChecked(parseEmail),
        managementEmail: optionalChecked(parseEmail),
      },
    )
      .prefault(EMPTY_SECTION),
    complainant: z.object(
      {
        name: requiredText(50),
        phone: optionalChecked(parseMobile),
        account: optionalText(),
        idNumber: optionalChecked(parseResidentId),
        address: optionalText(),
        ethnicity: optionalText(20),
        email: optionalChecked(parseEmail),
      },
    )
      .prefault(EMPTY_SECTION),
    order: z.object(
      {
        number: requiredText(100),
        purchasedAt: checked((s) => parsePastDateTime(s)),
        product: optionalText(),
        amountPaid: moneyInput.pipe(checked(positiveMoney)),
        paymentMethod: optionalText(),
        paymentRef: optionalText(),
      },
    )
      .prefault(EMPTY_SECTION),
    problem: z.object(
      {
        type: z.enum(PROBLEM_TYPES),
        description: optionalText(LONG_TEXT_MAX, 'text'),
      },
    )
      .prefault(EMPTY_SECTION),
    demand: z
      .object({
        type: z
          .enum(DEMAND_TYPES)
          .or(z.literal(''))
          .optional()
          .transform((t) => (t ? t : undefined)),
        amount: optionalFen,
        deadlineDays,
      })
      .optional(),
    seller: z
      .object({
        name: optionalText(),
        operator: optionalText(),
        operatorCreditCode: optionalChecked(parseCreditCode),
        address: optionalText(),
        contact: optionalText(),
      })
      .optional()
      .superRefine((seller, ctx) => {
        const { name, ...rest } = seller ?? {};
        if (!name && Object.values(rest).some((value) => value !== undefined)) {
          ctx.addIssue({ code: 'custom', path: ['name'], message: caseFieldMessages.sellerNameNeeded });
        }
      }),
    litigation: z
      .object({
        court: optionalText(100),
        agreement: z
          .enum(JURISDICTION_AGREEMENTS)
          .or(z.literal(''))
          .optional()
          .transform((value) => (value ? value : undefined)),
        electronicService: yesNo(caseFieldMessages.electronicService),
      })
      .optional(),
  })
  .transform(
    (intake): CaseFacts => ({
      title:
        intake.title ??
        `${intake.platform.name} ${intake.order.product ?? ''}${problemTypeLabels[intake.problem.type]}`.trim(),
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
      // A section with nothing in it is left out, so a case without a shop reads as before.
      ...(intake.seller?.name ? { seller: { ...compact(intake.seller), name: intake.seller.name } } : {}),
      ...(intake.litigation && Object.values(compact(intake.litigation)).length > 0 ? { litigation: compact(intake.litigation) } : {}),
    }),
  );
