import type { Channel } from '../shared/api/channels';
import type { ApiHandlers, ApiInput, ApiOutput } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import type { ApiError } from '../shared/api/result';
import { cliMessages, fieldLabels } from '../shared/messages';
import { openWorkspace } from '../hosts/open-workspace';
import { CliError, exitCodeForApiError } from './exit-codes';

export interface WorkspaceApi {
  /**
   * Calls one channel through the same dispatcher the app uses; a failed result becomes a
   * {@link CliError}. `invalidHeading` replaces the generic first line of a field-error report.
   */
  call<C extends Channel>(channel: C, input: ApiInput<C>, invalidHeading?: (count: number) => string): Promise<ApiOutput<C>>;
}

/**
 * Opens the workspace for one command and always closes it again, so its lock is released.
 * `adapt` lets a command add what the JSON contract cannot carry (an import's progress callback).
 */
export async function withWorkspace<T>(
  workspaceFlag: string | undefined,
  use: (api: WorkspaceApi) => Promise<T>,
  adapt: (handlers: ApiHandlers) => ApiHandlers = (handlers) => handlers,
): Promise<T> {
  const { session, handlers } = await openWorkspace(workspaceFlag);
  try {
    return await use(workspaceApi(adapt(handlers)));
  } finally {
    session.close();
  }
}

function workspaceApi(handlers: ApiHandlers): WorkspaceApi {
  return {
    async call(channel, input, invalidHeading) {
      const result = await dispatch(handlers, channel, input, (error) => {
        console.error(cliMessages.unexpected);
        console.error(error);
      });
      if (!result.ok) throw new CliError(formatApiError(result.error, invalidHeading), exitCodeForApiError(result.error.code));
      return result.value as ApiOutput<typeof channel>;
    },
  };
}

/**
 * One line per wrong field, named by its intake path and its Chinese label, e.g.
 * `order.purchasedAt（购买时间）：请输入日期时间，例如 2024-05-20 14:32:08`.
 */
export function formatApiError(error: ApiError, invalidHeading?: (count: number) => string): string {
  if (!error.fields?.length) return error.message;
  const heading = invalidHeading ? invalidHeading(error.fields.length) : error.message;
  const lines = error.fields.map(({ field, message }) => `  ${cliMessages.fieldError(field, fieldLabels[field], message)}`);
  return [heading, ...lines].join('\n');
}
