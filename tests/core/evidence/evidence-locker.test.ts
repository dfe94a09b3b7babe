import { createHash } from 'node:crypto';
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAudit, verifyAuditChain } from '../../../src/core/audit/audit-log';
import { STAGING_DIR } from '../../../src/core/evidence/stage-copy';
import { ApiFailure } from '../../../src/shared/api/dispatch';
import { makeLocker, TINY_PNG } from './locker-helpers';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('evidence import', () => {
  it('stores a byte-identical, read-only copy with its hash, sniffed type and file time', async () => {
    const { locker, source, caseDir } = await makeLocker();
    const path = await source('订单支付截图.PNG', TINY_PNG);
    await utimes(path, new Date('2024-05-20T06:40:00Z'), new Date('2024-05-20T06:40:00Z'));

    const { item, warning } = await locker.importFile(path, { category: 'transaction' });

    expect(warning).toBeUndefined();
    expect(item.sha256).toBe(sha256(TINY_PNG));
    expect(item.size).toBe(TINY_PNG.length);
    expect(item.mediaType).toBe('image/png');
    expect(item.originalName).toBe('订单支付截图.PNG');
    expect(item.title).toBe('订单支付截图');
    expect(item.capturedAt).toBe('2024-05-20T14:40:00+08:00');
    expect(item.capturedAtSource).toBe('file-mtime');
    expect(item.exhibitNumber).toBe(1);
    const stored = join(caseDir, item.storedPath);
    expect(await readFile(stored)).toEqual(TINY_PNG);
    expect((await stat(stored)).mode & 0o222).toBe(0);
    expect(await readdir(join(caseDir, STAGING_DIR))).toEqual([]);
    const audit = await readAudit(caseDir);
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!)).toMatchObject({
      action: 'evidence.import',
      target: item.id,
      sha256: item.sha256,
      // The line names what the files will hold before they are put in place.
      files: { [item.storedPath]: item.sha256, 'evidence.json': sha256(await readFile(join(caseDir, 'evidence.json'))) },
    });
  });

  it('copies a file of many chunks byte for byte, with the hash of what was stored', async () => {
    const { locker, source, caseDir } = await makeLocker();
    const { randomBytes } = await import('node:crypto');
    const bytes = randomBytes(3 * 1024 * 1024 + 12345);
    const { item } = await locker.importFile(await source('录屏.mp4', bytes));
    const stored = await readFile(join(caseDir, item.storedPath));
    expect(stored.equals(bytes)).toBe(true);
    expect(item.sha256).toBe(sha256(bytes));
  });

  it('keeps the default category order when importing out of order', async () => {
    const { locker, source } = await makeLocker();
    await locker.importFile(await source('报错.png', Buffer.concat([TINY_PNG, Buffer.from('a')])), { category: 'anomaly' });
    await locker.importFile(await source('聊天.txt', '客服：请耐心等待'), { category: 'communication' });
    await locker.importFile(await source('支付.txt', '支付宝账单 98.00'), { category: 'transaction' });
    const list = await locker.list();
    expect(list.map((i) => [i.category, i.exhibitNumber])).toEqual([
      ['transaction', 1],
      ['communication', 2],
      ['anomaly', 3],
    ]);
  });

  it('detects the same content twice and refuses it unless allowed', async () => {
    const { locker, source } = await makeLocker();
    await locker.importFile(await source('a.txt', '同一份聊天记录'));
    const again = await source('b.txt', '同一份聊天记录');
    await expect(locker.importFile(again)).rejects.toMatchObject({ code: 'duplicate', message: expect.stringContaining('证据1') });
    expect(await locker.list()).toHaveLength(1);
    const { item } = await locker.importFile(again, { allowDuplicate: true });
    expect(item.exhibitNumber).toBe(2);
  });

  it('accepts a zero-byte file with a warning', async () => {
    const { locker, source } = await makeLocker();
    const { item, warning } = await locker.importFile(await source('空白.txt', ''));
    expect(item.size).toBe(0);
    expect(warning).toContain('空白.txt');
  });

  it('refuses symlinks and folders, naming the file, and leaves nothing behind', async () => {
    const { locker, source, sources, caseDir } = await makeLocker();
    const target = await source('real.txt', 'x');
    const { symlink } = await import('node:fs/promises');
    await symlink(target, join(sources, 'link.txt'));
    await expect(locker.importFile(join(sources, 'link.txt'))).rejects.toThrow(/link\.txt.*符号链接/);
    await expect(locker.importFile(sources)).rejects.toThrow(/文件夹/);
    await expect(locker.importFile(join(sources, 'missing.txt'))).rejects.toThrow(/找不到文件.*missing\.txt/);
    expect(await readdir(join(caseDir, 'evidence'))).toEqual([]);
  });

  it('rejects a source that changes while it is copied', async () => {
    const { locker, source, caseDir } = await makeLocker();
    const path = await source('录屏.mp4', Buffer.alloc(8 * 1024 * 1024, 1));
    const importing = locker.importFile(path, {
      onProgress: (copied) => {
        if (copied === 1024 * 1024) void writeFile(path, Buffer.alloc(9 * 1024 * 1024, 2));
      },
    });
    await expect(importing).rejects.toThrow(/录屏\.mp4.*被修改/);
    expect(await readdir(join(caseDir, 'evidence'))).toEqual([]);
    expect(await readdir(join(caseDir, STAGING_DIR))).toEqual([]);
    expect(await locker.list()).toEqual([]);
  });

  it('cancels an import and leaves nothing behind', async () => {
    const { locker, source, caseDir } = await makeLocker();
    const path = await source('大视频.mp4', Buffer.alloc(6 * 1024 * 1024, 3));
    const controller = new AbortController();
    const importing = locker.importFile(path, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(importing).rejects.toBeInstanceOf(ApiFailure);
    expect(await readdir(join(caseDir, 'evidence'))).toEqual([]);
    expect(await readdir(join(caseDir, STAGING_DIR))).toEqual([]);
  });

  it('imports a stream (browser upload) and checks the declared size', async () => {
    const { locker, caseDir } = await makeLocker();
    const meta = { name: '通话录音.m4a', size: 5, lastModified: new Date('2024-05-21T02:00:00Z') };
    const { item } = await locker.importStream(Readable.from([Buffer.from('hello')]), meta);
    expect(item.sha256).toBe(sha256('hello'));
    expect(item.capturedAt).toBe('2024-05-21T10:00:00+08:00');
    await expect(locker.importStream(Readable.from([Buffer.from('hell')]), { ...meta, name: 'short.m4a' })).rejects.toThrow(/short\.m4a/);
    expect(await readdir(join(caseDir, 'evidence'))).toHaveLength(1);
  });

  it('keeps exotic original names as data and stores under a safe generated name', async () => {
    const { locker, source } = await makeLocker();
    const nfd = '截图'.normalize('NFD') + 'é'.normalize('NFD') + '.png';
    for (const name of ['CON.txt', nfd, '😀聊天记录😀.txt', `${'很长的名字'.repeat(16)}.txt`]) {
      const { item } = await locker.importFile(await source(name, `内容 ${name}`));
      expect(item.originalName).toBe(name.normalize('NFC'));
      expect(item.storedName).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}-/);
      expect(Buffer.byteLength(item.storedName)).toBeLessThanOrEqual(255);
    }
  });
});

describe('evidence import against a damaged audit log', () => {
  it('refuses loudly, yet never leaves an index entry without its file', async () => {
    const { locker, source, caseDir } = await makeLocker();
    await locker.importFile(await source('a.txt', 'A'));
    const { appendFile } = await import('node:fs/promises');
    await appendFile(join(caseDir, 'audit.jsonl'), '{"seq": 2, "hash"');
    await expect(locker.importFile(await source('支付截图.png', TINY_PNG))).rejects.toMatchObject({ code: 'damaged', message: expect.stringContaining('审计日志') });
    const stored = await readdir(join(caseDir, 'evidence'));
    for (const item of await locker.list()) expect(stored).toContain(item.storedName);
  });
});

describe('evidence labels, order and trash', () => {
  it('edits labels, reorders, removes to the trash and restores, logging each step in a valid chain', async () => {
    const { locker, source, caseDir } = await makeLocker();
    const a = (await locker.importFile(await source('a.txt', 'A'), { category: 'transaction' })).item;
    const b = (await locker.importFile(await source('b.txt', 'B'), { category: 'communication' })).item;

    const edited = await locker.edit(a.id, { title: '订单支付截图', purpose: '证明已付款 98 元', elements: ['time', 'parties'], capturedAt: '2024-05-20T14:32:08+08:00' });
    expect(edited).toMatchObject({ title: '订单支付截图', capturedAtSource: 'user', sha256: a.sha256 });

    const reordered = await locker.reorder([b.id, a.id]);
    expect(reordered.map((i) => [i.id, i.exhibitNumber])).toEqual([
      [b.id, 1],
      [a.id, 2],
    ]);
    await expect(locker.reorder([a.id])).rejects.toMatchObject({ code: 'invalid' });

    const removed = await locker.setRemoved(b.id, true);
    expect(removed.exhibitNumber).toBeUndefined();
    expect((await locker.list()).find((i) => i.id === a.id)?.exhibitNumber).toBe(1);
    expect(await readFile(join(caseDir, b.storedPath), 'utf8')).toBe('B');
    await locker.setRemoved(b.id, false);
    expect((await locker.list()).map((i) => i.exhibitNumber)).toEqual([1, 2]);

    const audit = await readAudit(caseDir);
    expect(audit.map((line) => JSON.parse(line).action)).toEqual([
      'case.create',
      'evidence.import',
      'evidence.import',
      'evidence.edit',
      'evidence.reorder',
      'evidence.remove',
      'evidence.restore',
    ]);
    expect(verifyAuditChain(audit)).toBeUndefined();
  });
});
