import { z } from 'zod';
import { inputMessages } from '../messages/input';
import { validationMessages as m } from '../messages/validation';

/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** The same, less what a text of several lines may hold: tab, line feed, carriage return. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/**
 * Bidirectional formatting characters: marks, embeddings, overrides and isolates. U+202E turns
 * `invoice‮gpj.exe` into what reads as `invoiceexe.jpg`; in a letter it could make an order number
 * read differently from what it is.
 */
export const DIRECTION_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** How a form field is typed: one line (names, numbers, a title) or free text with line breaks. */
export type TextKind = 'line' | 'text';

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `value` cannot be stored in a field of `kind`, naming the first offending character by its
 * position (counted in characters, from 1) and code point; undefined when it is clean.
 *
 * @example unwantedCharacterMessage('KM\u0000123', 'line') // '第 3 个字符是控制字符 U+0000…'
 */
export function unwantedCharacterMessage(value: string, kind: TextKind): string | undefined {
  const control = kind === 'line' ? CONTROL : CONTROL_IN_TEXT;
  let position = 0;
  for (const ch of value) {
    position++;
    if (control.test(ch)) {
      return kind === 'line' ? inputMessages.controlCharacter(position, codePoint(ch)) : inputMessages.controlCharacterInText(position, codePoint(ch));
    }
    if (DIRECTION_CONTROL.test(ch)) return inputMessages.directionCharacter(position, codePoint(ch));
  }
  return undefined;
}

/**
 * A text field as people fill it in: surrounding white space dropped, at most `max` characters, and
 * no control or text-direction characters (line breaks only where `kind` is `text`).
 */
export const textField = (max: number, kind: TextKind = 'line') =>
  z
    .string()
    .trim()
    .max(max, { error: m.tooLong(max) })
    .superRefine((value, ctx) => {
      const message = unwantedCharacterMessage(value, kind);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    });

/** Optional text: missing, empty or blank all mean "not given". */
export const optionalTextField = (max: number, kind: TextKind = 'line') =>
  textField(max, kind)
    .optional()
    .transform((s) => (s ? s : undefined));
