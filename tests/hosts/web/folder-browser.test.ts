import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browseFolders } from '../../../src/hosts/web/folder-browser';
import { tempDir } from '../../core/temp-dir';

/** A home folder with two workspaces, ordinary folders, a hidden one, a file and links in and out. */
function homeFixture() {
  const root = tempDir();
  const home = join(root, 'li');
  for (const dir of ['文档/维权卷宗/cases', '文档/维权卷宗/.casebook', '文档/空文件夹', '旧卷宗/cases', '旧卷宗/.casebook', '.cache', '只有cases/cases']) {
    mkdirSync(join(home, dir), { recursive: true });
  }
  writeFileSync(join(home, '笔记.txt'), '');
  mkdirSync(join(root, 'li2', '别人的卷宗'), { recursive: true });
  mkdirSync(join(root, 'etc'));
  symlinkSync(join(root, 'etc'), join(home, '系统'));
  symlinkSync(join(home, '文档'), join(home, 'Documents'));
  return { root, home };
}

describe('browseFolders', () => {
  it('lists the home folder’s sub-folders in Chinese order (pinyin, then Latin), marks workspaces, hides hidden folders, files and links that lead out', async () => {
    const { home } = homeFixture();
    const listing = await browseFolders(undefined, home);
    expect(listing).toMatchObject({ path: home, home, isWorkspace: false, more: 0 });
    expect(listing.parent).toBeUndefined();
    expect(listing.folders).toEqual([
      { name: '旧卷宗', path: join(home, '旧卷宗'), isWorkspace: true },
      { name: '文档', path: join(home, '文档'), isWorkspace: false },
      { name: '只有cases', path: join(home, '只有cases'), isWorkspace: false },
      // A link inside the home folder is listed under its real path.
      { name: 'Documents', path: join(home, '文档'), isWorkspace: false },
    ]);
  });

  it('goes into a folder with a way back up, and refuses what is outside or missing', async () => {
    const { root, home } = homeFixture();
    const documents = await browseFolders(join(home, '文档'), home);
    expect(documents.parent).toBe(home);
    expect(documents.folders.map((f) => [f.name, f.isWorkspace])).toEqual([
      ['空文件夹', false],
      ['维权卷宗', true],
    ]);
    expect((await browseFolders(join(home, '文档', '维权卷宗'), home)).isWorkspace).toBe(true);
    // Exactly what the web host may open as a workspace (src/hosts/web/workspace-policy.ts) can be listed.
    await expect(browseFolders(root, home)).rejects.toThrow('个人文件夹');
    await expect(browseFolders(join(root, 'li2'), home)).rejects.toThrow('个人文件夹');
    await expect(browseFolders(join(home, '系统'), home)).rejects.toThrow('个人文件夹');
    await expect(browseFolders('文档', home)).rejects.toThrow('完整路径');
    await expect(browseFolders(join(home, '没有这个'), home)).rejects.toThrow('不存在');
    await expect(browseFolders(join(home, '笔记.txt'), home)).rejects.toThrow('不是文件夹');
  });
});
