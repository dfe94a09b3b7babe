import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandSources } from '../../../src/core/evidence/expand-sources';
import { tempDir } from '../temp-dir';

function pickedFiles() {
  const root = tempDir();
  const folder = join(root, '聊天记录');
  mkdirSync(join(folder, '第二天'), { recursive: true });
  for (const path of [join(root, '账单.txt'), join(folder, '客服.txt'), join(folder, '第二天', '补充.txt')]) writeFileSync(path, path);
  symlinkSync(join(root, '账单.txt'), join(folder, '链接.txt'));
  return { root, folder };
}

describe('expandSources', () => {
  it('takes files as they are and refuses a picked folder unless recursive', async () => {
    const { root, folder } = pickedFiles();
    expect(await expandSources([join(root, '账单.txt'), folder], false)).toEqual({
      files: [join(root, '账单.txt')],
      rejected: [{ file: folder, code: 'folder', message: expect.stringContaining('文件夹') }],
    });
  });

  it('walks folders (and their subfolders) when recursive, never following a link', async () => {
    const { folder } = pickedFiles();
    expect(await expandSources([folder], true)).toEqual({
      files: [join(folder, '第二天', '补充.txt'), join(folder, '客服.txt')],
      rejected: [{ file: join(folder, '链接.txt'), code: 'invalid', message: expect.stringContaining('符号链接') }],
    });
  });

  it('names a path that does not exist', async () => {
    const missing = join(tempDir(), '不存在.png');
    expect(await expandSources([missing], true)).toEqual({
      files: [],
      rejected: [{ file: missing, code: 'invalid', message: expect.stringContaining('找不到文件') }],
    });
  });
});
