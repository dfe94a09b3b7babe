import { errorMessages } from '../messages/errors';
import type { Channel } from './channels';
import { CHANNELS } from './channels';
import { contract, type ApiHandlers } from './contract';
import { toFieldErrors } from './field-errors';
import { CHINESE_ISSUES } from '../validation/issue-messages';
import { ApiFailure, type ApiResult } from './result';

// Defined beside the result types, so code that only needs to recognise it (the CLI's exit codes) need not load the contract.
export { ApiFailure } from './result';

/** Wrapper keys of objects a person filled in, whose field names should reach them unprefixed. */
const PAYLOAD_KEYS = ['intake', 'event'];

export const isChannel = (name: string): name is Channel => (CHANNELS as readonly string[]).includes(name);

/**
 * The single entry every host goes through: checks the channel, validates the raw input against the
 * contract, runs the handler and wraps the outcome. Unexpected errors are logged by the host via
 * `onUnexpected` and reported with a generic message, so internals never leak to the UI.
 */
export async function dispatch(
  handlers: ApiHandlers,
  channel: string,
  rawInput: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'not-found', message: errorMessages.unknownChannel(channel) } };
  const parsed = contract[channel].input.safeParse(rawInput ?? {}, CHINESE_ISSUES);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid', message: errorMessages.invalidInput, fields: toFieldErrors(parsed.error, PAYLOAD_KEYS) },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
    }
    onUnexpected(error);
    return { ok: false, error: { code: 'internal', message: errorMessages.internal } };
  }
}
