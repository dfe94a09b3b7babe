import type { ApiErrorCode } from '../shared/api/result';

/** What scripts calling `casebook` can rely on. */
export const ExitCode = {
  ok: 0,
  /** Anything that is not the caller's fault: I/O, a damaged case, a bug. */
  failure: 1,
  /** The caller can fix it: a field, a file, an unknown case, a usage error. */
  badInput: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure whose message is meant for the person at the terminal, as it is. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** The API's code when the failure came from the core (for JSON output). */
    readonly code?: ApiErrorCode,
  ) {
    super(message);
  }
}

export const exitCodeForApiError = (code: ApiErrorCode): ExitCode =>
  code === 'invalid' || code === 'not-found' ? ExitCode.badInput : ExitCode.failure;
