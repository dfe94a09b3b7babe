import { chmod, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_LOG_NAME } from '../../../src/core/audit/audit-log';
import { verifyEvidence } from '../../../src/core/evidence/verify-evidence';
import { makeLocker } from './locker-helpers';

async function lockerWithTwoItems() {
  const made = await makeLocker();
  const a = (await made.locker.importFile(await made.source('支付.txt', '支付宝账单 98.00'))).item;
  const b = (await made.locker.importFile(await made.source('聊天.txt', '客服：请耐心等待'))).item;
  return { ...made, a, b };
}

describe('verifyEvidence', () => {
  it('reports an intact case as ok', async () => {
    const { locker } = await lockerWithTwoItems();
    expect(await verifyEvidence(locker)).toEqual({ ok: true, checked: 2, problems: [] });
  });

  it('detects a flipped byte', async () => {
    const { locker, caseDir, a } = await lockerWithTwoItems();
    const path = join(caseDir, a.storedPath);
    const bytes = await readFile(path);
    bytes[0] = bytes[0]! ^ 0x01;
    await chmod(path, 0o644);
    await writeFile(path, bytes);
    const report = await verifyEvidence(locker);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'modified', itemId: a.id, expected: a.sha256 })]);
  });

  it('detects a deleted file and an extra file', async () => {
    const { locker, caseDir, b } = await lockerWithTwoItems();
    await unlink(join(caseDir, b.storedPath));
    await writeFile(join(caseDir, 'evidence', '后来放进来的.png'), 'x');
    await writeFile(join(caseDir, 'evidence', '.DS_Store'), 'finder');
    const report = await verifyEvidence(locker);
    expect(report.problems).toEqual([
      { kind: 'missing', itemId: b.id, storedName: b.storedName },
      { kind: 'unexpected', file: 'evidence/后来放进来的.png' },
    ]);
  });

  it('detects an edited audit line, including the last one', async () => {
    const { locker, caseDir } = await lockerWithTwoItems();
    const path = join(caseDir, AUDIT_LOG_NAME);
    const original = await readFile(path, 'utf8');
    const first = JSON.parse(original.split('\n')[0]!);
    first.detail.size += 1;
    await writeFile(path, original.replace(/^.*\n/, `${JSON.stringify(first)}\n`));
    expect((await verifyEvidence(locker)).problems).toEqual([{ kind: 'audit-broken', line: 1, reason: 'hash' }]);
    const lines = original.trimEnd().split('\n');
    lines[1] = lines[1]!.replace('evidence.import', 'evidence.edit');
    await writeFile(path, `${lines.join('\n')}\n`);
    expect((await verifyEvidence(locker)).problems).toEqual([{ kind: 'audit-broken', line: 2, reason: 'hash' }]);
    await writeFile(path, `${lines[1]}\n`);
    expect((await verifyEvidence(locker)).problems).toEqual([{ kind: 'audit-broken', line: 1, reason: 'sequence' }]);
  });
});
