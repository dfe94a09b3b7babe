import type { z } from 'zod';
import { inputMessages as m } from '../messages/input';
import { validationMessages } from '../messages/validation';
import { escapeControls } from '../text/escape-controls';

type Issue = z.core.$ZodRawIssue;

const SAMPLE_MAX = 20;

/** A short, printable sample of what came, so the message can quote it. */
function received(input: unknown): string {
  if (typeof input === 'string') {
    const chars = Array.from(input);
    const sample = chars.length > SAMPLE_MAX ? `${chars.slice(0, SAMPLE_MAX).join('')}…` : input;
    return m.received.text(escapeControls(sample));
  }
  if (typeof input === 'number' || typeof input === 'bigint') return m.received.number(String(input));
  if (typeof input === 'boolean') return m.received.boolean(input);
  if (input === null) return m.received.null;
  if (Array.isArray(input)) return m.received.array;
  if (typeof input === 'object') return m.received.object;
  return m.received.other;
}

const typeName = (expected: string): string => m.typeNames[expected] ?? expected;

/** Nothing there, or an empty choice from a form: the field was not filled in. */
const missing = (input: unknown): boolean => input === undefined || input === '';

/** The types the branches of a failed union expected, when each failed on its type alone. */
function unionTypes(issue: Extract<Issue, { code: 'invalid_union' }>): string[] | undefined {
  const names: string[] = [];
  for (const branch of issue.errors) {
    const [only] = branch;
    if (branch.length !== 1 || only?.code !== 'invalid_type') return undefined;
    names.push(typeName(only.expected));
  }
  return names.length > 0 ? [...new Set(names)] : undefined;
}

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

/**
 * The Chinese message for any issue zod raises, saying what was expected and what came instead.
 * It is the error map of every parse at the API boundary (and of the forms, which check with the same
 * schemas), so no English message reaches a person. Messages a schema sets itself (a Chinese
 * explanation specific to that field) take precedence over this map.
 */
export const inputIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (missing(issue.input)) return validationMessages.required;
      return m.expected(typeName(issue.expected), received(issue.input));
    case 'unrecognized_keys':
      return m.unknownField(issue.keys.join('、'));
    case 'invalid_value':
      if (missing(issue.input)) return validationMessages.required;
      return m.oneOf(issue.values.map(shown), received(issue.input));
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return m.textTooLong(max);
      if (issue.origin === 'array' || issue.origin === 'set') return m.tooManyItems(max);
      return m.numberTooBig(String(issue.maximum), issue.inclusive !== false);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 && missing(issue.input) ? validationMessages.required : m.textTooShort(min);
      if (issue.origin === 'array' || issue.origin === 'set') return m.tooFewItems(min);
      return m.numberTooSmall(String(issue.minimum), issue.inclusive !== false);
    }
    case 'invalid_format':
      return issue.format === 'email' ? m.email : m.format;
    case 'not_multiple_of':
      return m.multipleOf(String(issue.divisor));
    case 'invalid_union': {
      if ('options' in issue && Array.isArray(issue.options)) return m.oneOf(issue.options.map(shown), received(issue.input));
      const types = unionTypes(issue);
      if (missing(issue.input)) return validationMessages.required;
      return types ? m.expectedEither(types, received(issue.input)) : m.invalid;
    }
    default:
      return m.invalid;
  }
};

/** Per-parse options that give every issue its Chinese message. */
export const CHINESE_ISSUES = { error: inputIssueMessage } as const;
