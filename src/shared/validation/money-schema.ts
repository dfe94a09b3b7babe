import { z } from 'zod';
import { validationMessages as m } from '../messages/validation';
import { parseMoney } from './money';

/**
 * An amount as JSON carries it: the text a person typed (`"98.00"`, `"¥1,098.5"`) or a number a
 * script wrote (`98` means 98.00 元), handed on as text for {@link parseMoney}.
 */
export const moneyInput = z
  .union([z.string(), z.number()], { error: (issue) => (issue.input === undefined ? undefined : m.moneyFormat) })
  .transform((value) => (typeof value === 'number' ? String(value) : value));

/** An optional amount in fen: missing, empty or blank mean "not given". */
export const optionalFen = moneyInput.optional().transform((text, ctx): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parseMoney(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message, input: text });
    return z.NEVER;
  }
  return parsed.value;
});
