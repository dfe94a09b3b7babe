import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { dispatch } from '../../../src/shared/api/dispatch';
import type { CaseIntake } from '../../../src/shared/domain/intake';
import { sampleIntake } from '../../core/sample-case';

export interface SeedOptions {
  /** The case's intake (the sample case's when left out). */
  intake?: CaseIntake;
  /** Timeline entries to add, in the CLI's event format. */
  events?: readonly Record<string, unknown>[];
  /** Files to import as evidence, each batch with its category. */
  evidence?: readonly { paths: string[]; category: string }[];
  /** Where the case ends up (archived, in the trash); active when left out. */
  lifecycle?: 'active' | 'archived' | 'trashed';
  /** A title of its own, to tell several seeded cases apart. */
  title?: string;
}

/**
 * The sample case (and what `options` adds) written into `workspace` in-process, through the same
 * dispatcher the CLI uses: for tests whose subject is another command, so their set-up spawns no
 * process. `env` is the one the CLI runs with (its settings folder).
 */
export async function seedCase(workspace: string, env: NodeJS.ProcessEnv, options: SeedOptions = {}): Promise<{ id: string; folder: string }> {
  const session = await WorkspaceSession.open(workspace, { env });
  try {
    const handlers = createHandlers(session);
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await dispatch(handlers, channel, input, (error) => {
        throw error;
      });
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    const intake = { ...(options.intake ?? sampleIntake()), ...(options.title ? { title: options.title } : {}) };
    const created = await call<{ id: string; folder: string }>('cases:create', { intake });
    for (const event of options.events ?? []) await call('timeline:add', { caseId: created.id, event });
    for (const batch of options.evidence ?? []) await call('evidence:import-paths', { caseId: created.id, ...batch });
    if (options.lifecycle) await call('cases:set-lifecycle', { id: created.id, lifecycle: options.lifecycle });
    return created;
  } finally {
    session.close();
  }
}
