import { createHandlers } from '../core/api/handlers';
import { resolveWorkspaceDir } from '../core/workspace/workspace-location';
import { WorkspaceSession } from '../core/workspace/workspace-session';
import type { ApiHandlers } from '../shared/api/contract';

export interface OpenWorkspace {
  session: WorkspaceSession;
  handlers: ApiHandlers;
}

/**
 * Opens the workspace every host works on: `--workspace` wins over $CASEBOOK_WORKSPACE, then the
 * folder saved in the app, then Documents/Casebook (the order lives in the core).
 */
export async function openWorkspace(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<OpenWorkspace> {
  const session = await WorkspaceSession.open(resolveWorkspaceDir({ flag, env }));
  return { session, handlers: createHandlers(session) };
}
