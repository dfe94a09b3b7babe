import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopFileAccess, FileHandles, registerPaths } from '../../../electron/main/file-handles';
import { withFileAccess } from '../../../src/hosts/file-access';
import { dispatch } from '../../../src/shared/api/dispatch';
import type { ImportReport } from '../../../src/shared/api/contract';
import { createStubHandlers } from '../../hosts/support/stub-handlers';
import { tempDir } from '../../core/temp-dir';

describe('desktop file handles', () => {
  it('issues a handle per path and use, and resolves it only for that use', () => {
    const handles = new FileHandles();
    const file = handles.issue('/home/li/a.png', 'import');
    const folder = handles.issue('/home/li/Casebook', 'workspace');
    expect(file).not.toContain('/home');
    expect(handles.resolve(file, 'import')).toBe('/home/li/a.png');
    expect(handles.resolve(file, 'workspace')).toBeUndefined();
    expect(handles.resolve(folder, 'workspace')).toBe('/home/li/Casebook');
    expect(handles.resolve('/etc/passwd', 'import')).toBeUndefined();
    expect(handles.issue('/home/li/a.png', 'import')).not.toBe(file);
  });

  it('forgets the oldest handles beyond its limit', () => {
    const handles = new FileHandles(2);
    const [a, b, c] = ['/a', '/b', '/c'].map((path) => handles.issue(path, 'import'));
    expect([a, b, c].map((h) => handles.resolve(h!, 'import'))).toEqual([undefined, '/b', '/c']);
  });

  it('registers dropped files and folders, and refuses what was not dropped', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '截图.png'), 'x'.repeat(5));
    mkdirSync(join(dir, '聊天记录'));
    const handles = new FileHandles();
    const registered = await registerPaths(handles, [join(dir, '截图.png'), join(dir, '聊天记录')]);
    expect(registered).toEqual([
      { handle: expect.any(String), name: '截图.png', size: 5, folder: false },
      { handle: expect.any(String), name: '聊天记录', size: 0, folder: true },
    ]);
    expect(handles.resolve(registered[0]!.handle, 'import')).toBe(join(dir, '截图.png'));
    // Electron gives an empty path for a File the page made itself.
    for (const bad of [[''], ['relative.png'], '/etc/passwd', [42], null]) {
      await expect(registerPaths(handles, bad)).rejects.toMatchObject({ code: 'invalid' });
    }
  });

  it('lets the core see paths only through handles, and hands back handles for what it reports', async () => {
    const handles = new FileHandles();
    const { handlers, calls } = createStubHandlers();
    const report: ImportReport = {
      imported: [],
      warnings: [],
      rejected: [
        { file: '/home/li/聊天记录', code: 'folder', message: '是文件夹' },
        { file: '/home/li/聊天记录/1.png', code: 'duplicate', message: '重复' },
      ],
    };
    const access = withFileAccess({ ...handlers, 'evidence:import-paths': async (input) => (calls.push({ channel: 'import', input }), report) }, desktopFileAccess(handles));
    const folder = handles.issue('/home/li/聊天记录', 'import');

    const refused = await dispatch(access, 'evidence:import-paths', { caseId: 'c', paths: ['/etc/passwd'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(calls).toEqual([]);

    const result = await dispatch(access, 'evidence:import-paths', { caseId: 'c', paths: [folder] });
    expect(calls).toEqual([{ channel: 'import', input: expect.objectContaining({ paths: ['/home/li/聊天记录'] }) }]);
    const [again, inside] = result.ok ? (result.value as ImportReport).rejected : [];
    expect(again).toEqual({ file: folder, code: 'folder', message: '是文件夹' });
    expect(inside).toMatchObject({ name: '1.png', code: 'duplicate' });
    expect(handles.resolve(inside!.file, 'import')).toBe('/home/li/聊天记录/1.png');

    expect(await dispatch(access, 'workspace:switch', { path: '/home/li/Casebook' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const chosen = handles.issue('/home/li/Casebook', 'workspace');
    expect(await dispatch(access, 'workspace:switch', { path: chosen })).toMatchObject({ ok: true });
    expect(calls.at(-1)).toEqual({ channel: 'workspace:switch', input: { path: '/home/li/Casebook' } });
  });
});
