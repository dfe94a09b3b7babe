import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAudit, sha256Hex, verifyAuditChain } from '../../../src/core/audit/audit-log';
import { CASE_FILE_VERSION, serializeCaseFile } from '../../../src/core/cases/case-file';
import { CaseStore } from '../../../src/core/cases/case-store';
import { ApiFailure } from '../../../src/shared/api/dispatch';
import { writeCaseFolder } from '../case-folders';
import { sampleRecord } from '../sample-case';
import { tempDir } from '../temp-dir';

const newStore = () => {
  const casesDir = join(tempDir(), 'cases');
  mkdirSync(casesDir);
  return new CaseStore(casesDir);
};

describe('CaseStore', () => {
  it('creates the folder with case.json, the audit log beginning with its creation, and the three empty subfolders', async () => {
    const store = newStore();
    const record = sampleRecord();
    const { folder, stamp, head } = await store.create(record);
    expect(folder).toBe(`20240520-星耀卡盟-${record.order.number}`);
    const dir = store.pathOf(folder);
    expect(readdirSync(dir).sort()).toEqual(['audit.jsonl', 'case.json', 'evidence', 'exports', 'letters']);
    const lines = await readAudit(dir);
    expect(verifyAuditChain(lines)).toBeUndefined();
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ seq: 1, action: 'case.create', target: record.id, detail: { folder }, files: { 'case.json': sha256Hex(serializeCaseFile(record)) } }),
    ]);
    expect(head).toEqual({ lines: 1, sha256: JSON.parse(lines[0]!).hash });
    // Nothing of the hidden folder it was assembled in is left.
    expect(readdirSync(store.casesDir)).toEqual([folder]);
    for (const sub of ['evidence', 'letters', 'exports']) expect(readdirSync(join(dir, sub))).toEqual([]);
    expect(readFileSync(join(dir, 'case.json'), 'utf8')).toBe(serializeCaseFile(record));
    expect(stamp.size).toBe(Buffer.byteLength(serializeCaseFile(record)));
  });

  it('gives a second case with the same date, platform and order number a suffixed folder', async () => {
    const store = newStore();
    const record = sampleRecord();
    const first = await store.create(record);
    const second = await store.create({ ...record, id: sampleRecord().id });
    const third = await store.create({ ...record, id: sampleRecord().id });
    expect([second.folder, third.folder]).toEqual([`${first.folder}-2`, `${first.folder}-3`]);
  });

  it('creates distinct folders when cases are created at the same moment', async () => {
    const store = newStore();
    const record = sampleRecord();
    const created = await Promise.all(
      Array.from({ length: 6 }, () => store.create({ ...record, id: sampleRecord().id })),
    );
    expect(new Set(created.map((c) => c.folder)).size).toBe(6);
  });

  it('leaves no folder behind when the case cannot be written', async () => {
    const store = newStore();
    await expect(store.create({ ...sampleRecord(), status: '协商中' as never })).rejects.toThrow();
    expect(readdirSync(store.casesDir)).toEqual([]);
  });

  it('reads a folder back with the stamp of the file it read', async () => {
    const store = newStore();
    const record = sampleRecord();
    const { folder, stamp } = await store.create(record);
    expect(await store.read(folder)).toEqual({ ok: true, folder, record, fromVersion: CASE_FILE_VERSION, stamp });
    expect(await store.read('no-such-folder')).toEqual({
      ok: false,
      folder: 'no-such-folder',
      reason: expect.stringContaining('没有 case.json'),
    });
  });

  it('lists real case folders only, sorted', async () => {
    const store = newStore();
    writeCaseFolder(store.casesDir, 'b', sampleRecord());
    writeCaseFolder(store.casesDir, 'a', sampleRecord());
    mkdirSync(join(store.casesDir, '.hidden'));
    expect(await store.listFolders()).toEqual(['a', 'b']);
  });

  it('serialises read-modify-writes of one case under its lock', async () => {
    const store = newStore();
    const { folder } = await store.create(sampleRecord());
    const order: string[] = [];
    const slow = (name: string) =>
      store.withLock(folder, async () => {
        order.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push(`${name}:end`);
      });
    await Promise.all([slow('a'), slow('b')]);
    expect(order.join(' ')).toMatch(/^(a:start a:end b:start b:end|b:start b:end a:start a:end)$/);
    expect(existsSync(join(store.pathOf(folder), '.case.lock'))).toBe(false);
  });

  it('reports a case that stays locked as busy instead of waiting forever', async () => {
    const store = newStore();
    const { folder } = await store.create(sampleRecord());
    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const held = store.withLock(folder, () => new Promise<void>((resolve) => ((release = resolve), entered())));
    // Once the first holder is inside (not after a fixed pause, which a busy machine can outlast).
    await inside;
    const second = store.withLock(folder, async () => 'ran', { waitMs: 300 });
    await expect(second).rejects.toBeInstanceOf(ApiFailure);
    await expect(second).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('正在被其他窗口或命令行修改') });
    release();
    await held;
  });
});
