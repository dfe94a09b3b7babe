import { mkdir, mkdtemp, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../src/hosts/web/web-host';
import { isWebWorkspaceAllowed, webWorkspaceFolder } from '../../../src/hosts/web/workspace-policy';
import type { ApiResult } from '../../../src/shared/api/result';
import { raw } from '../support/raw-request';
import { createStubHandlers, stubWorkspace } from '../support/stub-handlers';

/** What a page served by the web host may name on disk: no file paths, workspaces only inside the home folder. */
describe('web host file access', () => {
  let root: string;
  let home: string;
  const stub = createStubHandlers();
  const hosts: WebHost[] = [];
  const start = async (allowPathImport?: boolean) => {
    const host = await startWebHost({
      handlers: stub.handlers,
      workspace: stubWorkspace,
      rendererDir: join(root, 'renderer'),
      onUnexpected: () => {},
      fileAccess: { allowPathImport, homeDir: home },
    });
    hosts.push(host);
    return host;
  };
  const call = async (host: WebHost, channel: string, input: unknown) => {
    const res = await raw(host.origin, `/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    expect(res.status).toBe(200);
    return JSON.parse(res.body) as ApiResult<unknown>;
  };
  const reached = (channel: string) => stub.calls.filter((c) => c.channel === channel);

  beforeAll(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'casebook-file-access-')));
    home = join(root, 'home', 'li');
    await mkdir(join(home, 'Casebook'), { recursive: true });
    await mkdir(join(root, 'renderer'));
    await mkdir(join(root, 'elsewhere'));
    await symlink(join(root, 'elsewhere'), join(home, 'shortcut'));
    await mkdir(join(root, 'home', 'li2'));
  });

  afterAll(async () => {
    for (const host of hosts) await host.close();
    await rm(root, { recursive: true, force: true });
  });

  it('refuses to import by path, so a page cannot make the host read a file of its choosing', async () => {
    const host = await start();
    const result = await call(host, 'evidence:import-paths', { caseId: 'c', paths: ['/etc/passwd'] });
    expect(result).toEqual({ ok: false, error: { code: 'unsupported', message: expect.stringContaining('网页版只能上传文件') } });
    expect(reached('evidence:import-paths')).toEqual([]);
  });

  it('passes paths on when started with --allow-path-import, for the CLI\'s own scripts', async () => {
    const host = await start(true);
    await call(host, 'evidence:import-paths', { caseId: 'c', paths: ['/tmp/a.png'] });
    expect(reached('evidence:import-paths')).toEqual([{ channel: 'evidence:import-paths', input: expect.objectContaining({ paths: ['/tmp/a.png'] }) }]);
  });

  it('switches only to folders inside the home folder, links resolved', async () => {
    const host = await start();
    const before = reached('workspace:switch').length;
    for (const outside of ['/etc', join(root, 'elsewhere'), join(home, 'shortcut'), join(home, '..', 'li2'), join(root, 'home'), 'Casebook']) {
      const result = await call(host, 'workspace:switch', { path: outside });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(reached('workspace:switch')).toHaveLength(before);
    expect(await call(host, 'workspace:switch', { path: join(home, 'Casebook') })).toMatchObject({ ok: true });
    expect(await call(host, 'workspace:switch', { path: join(home, 'New', 'Cases') })).toMatchObject({ ok: true });
    expect(reached('workspace:switch').slice(before).map((c) => c.input)).toEqual([{ path: join(home, 'Casebook') }, { path: join(home, 'New', 'Cases') }]);
  });

  it('gives the folder browser the same answer through one policy function', async () => {
    expect(await isWebWorkspaceAllowed(home, home)).toBe(true);
    expect(await isWebWorkspaceAllowed(join(home, 'shortcut', 'x'), home)).toBe(false);
    expect(await isWebWorkspaceAllowed(join(root, 'home', 'li2'), home)).toBe(false);
    await expect(webWorkspaceFolder('relative/path', home)).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('完整路径') });
    await expect(webWorkspaceFolder('/etc', home)).rejects.toMatchObject({ message: expect.stringContaining(home) });
  });
});
