import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { isolatedEnv, requireBuiltCli } from './built-cli';
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

/** The sample case with one chat log as evidence, seeded into `<root>/source`: what the archive commands carry around. */
export async function seedChatCase(root: string, env: NodeJS.ProcessEnv): Promise<{ id: string; folder: string; workspace: string }> {
  const note = join(root, '客服聊天记录.txt');
  await writeFile(note, '2024-05-21 10:05 客服KF8848：已为您登记工单。\n');
  const workspace = join(root, 'source');
  return { ...(await seedCase(workspace, env, { evidence: [{ paths: [note], category: 'communication' }] })), workspace };
}

/**
 * For a test file of the built CLI's archive commands: a temp root (removed after the file) with its
 * own settings folder and {@link seedChatCase} in `<root>/source`; read the fields inside the tests.
 */
export function chatCaseFixture(prefix: string) {
  const fixture = { root: '', env: {} as NodeJS.ProcessEnv, caseId: '', folder: '', source: '' };
  beforeAll(async () => {
    requireBuiltCli();
    fixture.root = await mkdtemp(join(tmpdir(), prefix));
    fixture.env = isolatedEnv(join(fixture.root, 'config'));
    const seeded = await seedChatCase(fixture.root, fixture.env);
    Object.assign(fixture, { caseId: seeded.id, folder: seeded.folder, source: seeded.workspace });
  });
  afterAll(() => rm(fixture.root, { recursive: true, force: true }));
  return fixture;
}
