import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { startWebHost, type WebHost } from '../../../src/hosts/web/web-host';
import { dispatch } from '../../../src/shared/api/dispatch';
import type { ApiHandlers } from '../../../src/shared/api/contract';
import { sampleIntake } from '../../core/sample-case';

/**
 * A web host over a real workspace (temp folder, temp settings) holding the sample case, for a whole
 * suite; `dispatch` reaches the same core directly. Unexpected errors the host logged fail the suite.
 */
export function useRealWebHost(prefix: string) {
  const fixture = {
    root: '',
    session: undefined as unknown as WorkspaceSession,
    handlers: undefined as unknown as ApiHandlers,
    host: undefined as unknown as WebHost,
    caseId: '',
    caseDir: '',
    unexpected: [] as unknown[],
    /** Calls the core directly and unwraps the answer. */
    dispatch: async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(fixture.handlers, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    },
  };
  const previousConfigDir = process.env.CASEBOOK_CONFIG_DIR;
  beforeAll(async () => {
    fixture.root = await mkdtemp(join(tmpdir(), prefix));
    process.env.CASEBOOK_CONFIG_DIR = join(fixture.root, 'config');
    await mkdir(join(fixture.root, 'renderer'));
    fixture.session = await WorkspaceSession.open(join(fixture.root, 'workspace'));
    fixture.handlers = createHandlers(fixture.session);
    const { id, folder } = await fixture.dispatch<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    fixture.caseId = id;
    fixture.caseDir = join(fixture.session.root, 'cases', folder);
    fixture.host = await startWebHost({
      handlers: fixture.handlers,
      workspace: fixture.session,
      rendererDir: join(fixture.root, 'renderer'),
      onUnexpected: (error) => fixture.unexpected.push(error),
    });
  });
  afterAll(async () => {
    await fixture.host.close();
    fixture.session.close();
    if (previousConfigDir === undefined) delete process.env.CASEBOOK_CONFIG_DIR;
    else process.env.CASEBOOK_CONFIG_DIR = previousConfigDir;
    await rm(fixture.root, { recursive: true, force: true });
    expect(fixture.unexpected).toEqual([]);
  });
  return fixture;
}
