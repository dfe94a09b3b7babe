/** Outcome of parsing one user-typed value: the normalised value, or a Chinese message saying what is wrong. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const accept = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const reject = <T = never>(message: string): ParseResult<T> => ({ ok: false, message });
