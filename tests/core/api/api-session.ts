import { afterEach, beforeEach, vi } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { dispatch } from '../../../src/shared/api/dispatch';
import type { ApiResult } from '../../../src/shared/api/result';
import { tempDir } from '../temp-dir';

/**
 * A fresh workspace per test, reached the way every host reaches the core: `dispatch` over
 * `createHandlers`. `call` unwraps a success and fails the test otherwise; `callRaw` returns the result.
 * `today` pins the session's clock (China date) for deadlines.
 */
export function useApiSession(options: { today?: () => string } = {}) {
  const api = {
    session: undefined as unknown as WorkspaceSession,
    workspace: '',
    /** The session's today (China date), as the fixtures it builds depend on it. */
    today: () => options.today?.() ?? 'clock',
    call: async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(createHandlers(api.session), channel, input, (error) => {
        throw error;
      });
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    callRaw: (channel: string, input: unknown): Promise<ApiResult<unknown>> => dispatch(createHandlers(api.session), channel, input),
  };
  beforeEach(async () => {
    vi.stubEnv('CASEBOOK_CONFIG_DIR', tempDir('casebook-config-'));
    api.workspace = tempDir();
    api.session = await WorkspaceSession.open(api.workspace, undefined, options);
  });
  afterEach(() => {
    api.session.close();
    vi.unstubAllEnvs();
  });
  return api;
}
