import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/core/api/handlers';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import { withImportProgress } from '../../src/hosts/import-progress';
import { dispatch } from '../../src/shared/api/dispatch';
import { sampleIntake } from '../core/sample-case';

describe('withImportProgress', () => {
  let root: string | undefined;
  afterEach(async () => root && rm(root, { recursive: true, force: true }));

  it('reaches the core: a path import reports the bytes copied under its import id', async () => {
    root = await mkdtemp(join(tmpdir(), 'casebook-progress-'));
    const session = await WorkspaceSession.open(join(root, 'workspace'), { env: { CASEBOOK_CONFIG_DIR: join(root, 'config') } });
    try {
      const handlers = createHandlers(session);
      const created = await dispatch(handlers, 'cases:create', { intake: sampleIntake() });
      if (!created.ok) throw new Error(created.error.message);
      const file = join(root, '录屏.bin');
      await writeFile(file, Buffer.alloc(3 * 1024 * 1024 + 5, 7));
      const seen: { importId?: string; copied: number }[] = [];
      const caseId = (created.value as { id: string }).id;
      const result = await dispatch(withImportProgress(handlers, (p) => seen.push(p)), 'evidence:import-paths', { caseId, paths: [file], importId: 'imp-1' });
      expect(result.ok).toBe(true);
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen.every((p) => p.importId === 'imp-1')).toBe(true);
      expect(seen.at(-1)!.copied).toBe(3 * 1024 * 1024 + 5);
    } finally {
      session.close();
    }
  });
});
