import { z } from 'zod';
import type { CaseClaims } from '../domain/case';
import { claimMessages } from '../messages/claims';
import { validationMessages } from '../messages/validation';
import { parseMoney } from './money';
import { textField } from './text-fields';

const lossAmount = z.union([z.string(), z.number()], { error: validationMessages.moneyFormat }).transform((value, ctx) => {
  const parsed = parseMoney(String(value));
  if (!parsed.ok || parsed.value === 0) {
    ctx.addIssue({ code: 'custom', message: parsed.ok ? validationMessages.moneyPositive : parsed.message });
    return z.NEVER;
  }
  return parsed.value;
});

/**
 * The claims as the app's 主张 editor and `casebook claims --file` write them: fraud, a platform
 * promise and losses beyond the price, each loss with its amount in 元.
 *
 * @example { "fraud": true, "platformPromise": { "text": "假一赔三", "multiplier": 3 },
 *            "losses": [{ "text": "充值差价", "amount": "30.00" }] }
 */
export const claimsInputSchema = z
  .object({
    fraud: z.boolean(),
    platformPromise: z
      .object({
        text: textField(100).min(1, { error: validationMessages.promiseText }),
        multiplier: z
          .number({ error: (issue) => (issue.input === undefined ? validationMessages.promiseMultiplier : undefined) })
          .positive({ error: validationMessages.promiseMultiplierPositive })
          .max(100),
      })
      .strict()
      .optional(),
    losses: z
      .array(z.object({ text: textField(100).min(1, { error: claimMessages.lossTextRequired }), amount: lossAmount }).strict())
      .max(20)
      .optional(),
  })
  .strict()
  .transform(
    ({ losses, ...rest }): CaseClaims => ({
      ...rest,
      ...(losses && losses.length > 0 ? { losses: losses.map(({ text, amount }) => ({ text, amountFen: amount })) } : {}),
    }),
  );
