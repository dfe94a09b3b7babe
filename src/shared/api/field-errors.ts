import type { z } from 'zod';
import type { FieldError } from './result';

/**
 * Turns zod issues into one message per field. A leading wrapper key (such as `intake` or `event`)
 * is dropped so that field paths are the same wherever the object travels (form, API, CLI file).
 */
export function toFieldErrors(error: z.ZodError, dropPrefixes: readonly string[] = []): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (path[0] !== undefined && dropPrefixes.includes(path[0])) path.shift();
    const field = path.join('.') || '(root)';
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
