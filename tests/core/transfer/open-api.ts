import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { dispatch } from '../../../src/shared/api/dispatch';
import { LETTER_TODAY } from '../letters/letter-case';

export type OpenApi = Awaited<ReturnType<typeof openApi>>;

/**
 * A workspace opened the way every host opens one, for tests that need two at once (a case leaves one
 * and arrives in the other) or one that outlives a single test. The settings live beside it in `root`.
 */
export async function openApi(root: string, name = 'workspace') {
  const session = await WorkspaceSession.open(join(root, name), { env: { CASEBOOK_CONFIG_DIR: join(root, `${name}-config`) } }, { today: () => LETTER_TODAY });
  return {
    session,
    workspace: session.root,
    today: () => LETTER_TODAY,
    call: async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(createHandlers(session), channel, input, (error) => {
        throw error;
      });
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    callRaw: (channel: string, input: unknown) => dispatch(createHandlers(session), channel, input),
    close: () => session.close(),
  };
}

/** `open(root, name)` for tests that open several workspaces: each is closed after the test. */
export function openedPerTest(): (root: string, name: string) => Promise<OpenApi> {
  const opened: OpenApi[] = [];
  afterEach(() => {
    for (const api of opened.splice(0)) api.close();
  });
  return async (root, name) => {
    const api = await openApi(root, name);
    opened.push(api);
    return api;
  };
}
