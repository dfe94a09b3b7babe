import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFileName, renameWithRetry, sweepTempFiles, writeFileAtomic } from '../../../src/core/fs/atomic-write';
import { tempDir } from '../temp-dir';

describe('writeFileAtomic', () => {
  it('writes the complete content and leaves no temp file', async () => {
    const dir = tempDir();
    const target = join(dir, 'case.json');
    const content = `${JSON.stringify({ 标题: '星耀卡盟 卡密无效', filler: 'x'.repeat(200_000) })}\n`;
    await writeFileAtomic(target, content);
    expect(readFileSync(target, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['case.json']);
  });

  it('replaces an existing file in one step', async () => {
    const dir = tempDir();
    const target = join(dir, 'case.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['case.json']);
  });

  it('removes its temp file and leaves the target alone when the write fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'missing-folder', 'case.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('renameWithRetry', () => {
  const failing = (codes: string[]) => {
    const calls: string[] = [];
    const rename = async (from: string) => {
      calls.push(from);
      const code = codes.shift();
      if (code) throw Object.assign(new Error(code), { code });
    };
    return { calls, rename };
  };

  it('retries EPERM and EBUSY (Windows scanners holding the file) and then succeeds', async () => {
    const { calls, rename } = failing(['EBUSY', 'EPERM']);
    await renameWithRetry('a', 'b', rename);
    expect(calls).toHaveLength(3);
  });

  it('gives up after a bounded number of attempts', async () => {
    const { calls, rename } = failing(Array.from({ length: 20 }, () => 'EBUSY'));
    await expect(renameWithRetry('a', 'b', rename)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(calls.length).toBeLessThan(20);
  });

  it('does not retry other errors', async () => {
    const { calls, rename } = failing(['ENOSPC']);
    await expect(renameWithRetry('a', 'b', rename)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(calls).toHaveLength(1);
  });
});

describe('sweepTempFiles', () => {
  it('removes old temp files only, keeping real files and a write that may be in progress', async () => {
    const dir = tempDir();
    const old = join(dir, 'case.json.tmp-0123456789ab');
    const fresh = join(dir, 'case.json.tmp-ba9876543210');
    writeFileSync(join(dir, 'case.json'), '{}');
    writeFileSync(join(dir, 'notes.tmp-old.txt'), 'kept: not our pattern');
    writeFileSync(old, '{"half');
    writeFileSync(fresh, '{"in progress');
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    utimesSync(old, twoMinutesAgo, twoMinutesAgo);

    expect(await sweepTempFiles(dir)).toEqual(['case.json.tmp-0123456789ab']);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['case.json', 'case.json.tmp-ba9876543210', 'notes.tmp-old.txt']);
  });

  it('recognises exactly the names writeFileAtomic uses', () => {
    expect(isTempFileName('case.json.tmp-0123456789ab')).toBe(true);
    expect(isTempFileName('case.json')).toBe(false);
    expect(isTempFileName('报告.tmp-说明')).toBe(false);
  });
});
