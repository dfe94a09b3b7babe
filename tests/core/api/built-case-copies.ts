import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { useApiSession } from './api-session';

type Api = ReturnType<typeof useApiSession>;
interface Built {
  id: string;
  folder: string;
}

let root: string | undefined;
const copies = new Map<string, Built & { copy: string }>();

/**
 * The case `build` makes through the API, built once per worker and fixture: later tests get a copy of
 * its folder in their own workspace, which the session then indexes as it indexes any folder it finds.
 * Building a realistic case (imports, labels, a dozen timeline entries, each audited and fsynced) took
 * more of a letter test's time than the letter. `key` names the fixture and everything it depends on
 * (the session's today among them).
 */
export async function builtOnce(api: Api, key: string, build: () => Promise<Built>): Promise<Built> {
  const done = copies.get(key);
  if (done) {
    cpSync(done.copy, join(api.workspace, 'cases', done.folder), { recursive: true, preserveTimestamps: true });
    await api.session.rebuildIndex();
    return { id: done.id, folder: done.folder };
  }
  const built = await build();
  if (!root) {
    const made = mkdtempSync(join(tmpdir(), 'casebook-built-cases-'));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  const copy = join(root, String(copies.size));
  cpSync(join(api.workspace, 'cases', built.folder), copy, { recursive: true, preserveTimestamps: true });
  copies.set(key, { id: built.id, folder: built.folder, copy });
  return { id: built.id, folder: built.folder };
}
