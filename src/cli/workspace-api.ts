import { inspect } from 'node:util';
import type { Channel } from '../shared/api/channels';
import type { ApiHandlers, ApiInput, ApiOutput } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { ApiFailure } from '../shared/api/dispatch';
import type { ApiError } from '../shared/api/result';
import { cliMessages, fieldLabels, inputMessages } from '../shared/messages';
import { ROOT_FIELD } from '../shared/api/field-errors';
import type { WorkspaceSession } from '../core/workspace/workspace-session';
import { openWorkspace } from '../hosts/open-workspace';
import { CliError, exitCodeForApiError } from './exit-codes';
import { printError } from './print';

export interface WorkspaceApi {
  /**
   * Calls one channel through the same dispatcher the app uses; a failed result becomes a
   * {@link CliError} (see {@link FieldReport} for how wrong fields are named).
   */
  call<C extends Channel>(channel: C, input: ApiInput<C>, report?: FieldReport): Promise<ApiOutput<C>>;
  /**
   * Work the JSON contract cannot carry (a document rendered to bytes on request), run on the open
   * session; a refusal (unknown case, damaged case) is reported as {@link call} reports it.
   */
  direct<T>(work: (session: WorkspaceSession) => Promise<T>): Promise<T>;
}

/** How a field-error report reads: `heading` replaces its generic first line; `labels` name the fields (default: the intake's). */
export interface FieldReport {
  heading?: (count: number) => string;
  labels?: Record<string, string>;
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
    return await use(workspaceApi(adapt(handlers), session));
  } finally {
    session.close();
  }
}

function workspaceApi(handlers: ApiHandlers, session: WorkspaceSession): WorkspaceApi {
  return {
    async call(channel, input, report) {
      const result = await dispatch(handlers, channel, input, (error) => {
        printError(cliMessages.unexpected);
        printError(inspect(error));
      });
      if (!result.ok) throw new CliError(formatApiError(result.error, report), exitCodeForApiError(result.error.code));
      return result.value as ApiOutput<typeof channel>;
    },
    async direct(work) {
      try {
        return await work(session);
      } catch (error) {
        if (error instanceof ApiFailure) throw new CliError(formatApiError(error), exitCodeForApiError(error.code));
        throw error;
      }
    },
  };
}

/**
 * One line per wrong field, named by its intake path and its Chinese label, e.g.
 * `order.purchasedAt（购买时间）：请输入日期时间，例如 2024-05-20 14:32:08`.
 */
export function formatApiError(error: ApiError, { heading, labels = fieldLabels }: FieldReport = {}): string {
  if (!error.fields?.length) return error.message;
  const first = heading ? heading(error.fields.length) : error.message;
  const label = (field: string) => labels[field] ?? (field === ROOT_FIELD ? inputMessages.rootLabel : undefined);
  const lines = error.fields.map(({ field, message }) => `  ${cliMessages.fieldError(field, label(field), message)}`);
  return [first, ...lines].join('\n');
}
