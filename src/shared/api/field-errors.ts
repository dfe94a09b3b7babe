import type { z } from 'zod';
import { inputMessages } from '../messages/input';
import type { FieldError } from './result';

/** The field name of a mistake in the input as a whole (not an object, say). */
export const ROOT_FIELD = '(root)';

/**
 * Turns zod issues into one message per field. A leading wrapper key (such as `intake` or `event`)
 * is dropped so that field paths are the same wherever the object travels (form, API, CLI file). An
 * unknown key is reported as a field of its own (`summary2`), so it is named where it stands.
 */
export function toFieldErrors(error: z.ZodError, dropPrefixes: readonly string[] = []): FieldError[] {
  const byField = new Map<string, string>();
  const add = (segments: readonly PropertyKey[], message: string) => {
    const path = segments.map(String);
    if (path[0] !== undefined && dropPrefixes.includes(path[0])) path.shift();
    const field = path.join('.') || ROOT_FIELD;
    if (!byField.has(field)) byField.set(field, message);
  };
  for (const issue of error.issues) {
    // One issue lists every unknown key of an object; each is reported under its own name.
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add([...issue.path, key], inputMessages.unknownField(key));
    else add(issue.path, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
