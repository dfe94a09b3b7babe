/** A mistake in one field, named by its intake path (`platform.creditCode`). */
export interface FieldError {
  field: string;
  message: string;
}

export type ApiErrorCode = 'invalid' | 'not-found' | 'damaged' | 'duplicate' | 'io' | 'unsupported' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** Chinese, shown to the person as it is. */
  message: string;
  fields?: FieldError[];
}

/** Every API call answers with a result, never a thrown error across the boundary. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error a handler throws on purpose, carrying the message the person should see. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}
