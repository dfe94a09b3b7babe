import type { z } from 'zod';
import type { FieldError } from './result';

/**
 * Turns zod issues into one message per field. A leading wrapper key (such as `intake`) is dropped
 * so that field paths are the same wherever the intake object travels.
 */
export function toFieldErrors(error: z.ZodError, dropPrefix?: string): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (dropPrefix && path[0] === dropPrefix) path.shift();
    const field = path.join('.') || '(root)';
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
