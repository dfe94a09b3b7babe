import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotRegularFileError, openRegularFile } from '../../../src/core/fs/open-regular-file';
import { tempDir } from '../temp-dir';

describe('openRegularFile', () => {
  it('opens a plain file and reads it through the handle', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '原件');
    const { handle, size } = await openRegularFile(join(dir, 'a.txt'), [dir]);
    try {
      expect(size).toBe(Buffer.byteLength('原件'));
      expect((await handle.readFile()).toString('utf8')).toBe('原件');
    } finally {
      await handle.close();
    }
  });

  it('refuses a link, a folder and a pipe in place of the file, and a link in place of a folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.txt'), 'secret');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link.txt'));
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'b.txt'), 'b');
    symlinkSync(join(dir, 'real'), join(dir, 'linked'));

    await expect(openRegularFile(join(dir, 'link.txt'))).rejects.toBeInstanceOf(NotRegularFileError);
    await expect(openRegularFile(join(dir, 'folder'))).rejects.toBeInstanceOf(NotRegularFileError);
    await expect(openRegularFile(join(dir, 'pipe'))).rejects.toBeInstanceOf(NotRegularFileError);
    await expect(openRegularFile(join(dir, 'linked', 'b.txt'), [dir, join(dir, 'linked')])).rejects.toBeInstanceOf(NotRegularFileError);
    await expect(openRegularFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
