import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../../src/core/audit/audit-log';
import { timestampStatus } from '../../../src/core/timestamps/case-timestamps';
import type { ImportReport } from '../../../src/shared/api/contract';
import type { EvidenceItem, VerifyReport } from '../../../src/shared/domain/evidence';
import type { TimestampOverview } from '../../../src/shared/domain/timestamp';
import { useApiSession } from '../api/api-session';
import { sampleIntake } from '../sample-case';
import { tempDir } from '../temp-dir';
import { opensslVerifies, startLocalTsa, type LocalTsa } from './local-tsa';

/** The audit log's timestamp lines. */
const stampLines = async (dir: string) =>
  (await readAudit(dir)).map((line) => JSON.parse(line) as { action: string; target?: string; sha256?: string }).filter((entry) => entry.action === 'timestamp.add');

describe('trusted timestamps (RFC 3161, local openssl TSA)', () => {
  const api = useApiSession();
  let tsa: LocalTsa;

  beforeAll(async () => {
    tsa = await startLocalTsa();
  });
  afterAll(() => tsa.close());

  /** A case with two evidence files; answers its id and folder path. */
  async function caseWithEvidence(): Promise<{ id: string; dir: string }> {
    const { id, folder } = await api.call<{ id: string; folder: string }>('cases:create', { intake: sampleIntake() });
    const sources = tempDir();
    writeFileSync(join(sources, '支付记录.txt'), '支付宝 98.00 元');
    writeFileSync(join(sources, '客服聊天.txt'), '客服：三个工作日内处理');
    await api.call<ImportReport>('evidence:import-paths', { caseId: id, paths: [join(sources, '支付记录.txt'), join(sources, '客服聊天.txt')] });
    return { id, dir: join(api.workspace, 'cases', folder) };
  }

  it('stamps the evidence manifest, keeps manifest and reply read-only in the case, audits it, and verify checks it offline', async () => {
    const { id, dir } = await caseWithEvidence();
    const overview = await api.call<TimestampOverview>('timestamps:request', { caseId: id, tsaUrl: tsa.url });
    expect(overview.tsaUrl).toBe(tsa.url);
    expect(overview.stamps).toHaveLength(1);
    const [stamp] = overview.stamps;
    expect(stamp).toMatchObject({ valid: true, problems: [], items: 2, uncovered: 0, tsa: 'Casebook Test TSA', issuer: 'Casebook Test Root', tsaUrl: tsa.url });
    expect(stamp!.genTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);

    // The manifest lists every item with its hash; its SHA-256 is what the TSA signed.
    const manifestPath = join(dir, stamp!.manifest);
    const manifest = readFileSync(manifestPath);
    expect(createHash('sha256').update(manifest).digest('hex')).toBe(stamp!.manifestSha256);
    const { items } = await api.call<{ items: EvidenceItem[] }>('evidence:list', { caseId: id });
    expect(JSON.parse(manifest.toString('utf8')).items.map((i: { sha256: string }) => i.sha256)).toEqual(items.map((i) => i.sha256));
    expect(statSync(manifestPath).mode & 0o222).toBe(0);
    // Anyone can check the stored reply with OpenSSL alone.
    expect(await opensslVerifies(tsa, join(dir, stamp!.token), manifestPath)).toBe(true);

    const audit = await stampLines(dir);
    expect(audit).toEqual([expect.objectContaining({ target: stamp!.id, sha256: stamp!.manifestSha256 })]);

    const report = await api.call<VerifyReport>('evidence:verify', { caseId: id });
    expect(report).toMatchObject({ ok: true, timestamps: [{ id: stamp!.id, valid: true }] });
    // What the dossier's integrity appendix prints comes from the same function.
    expect(await timestampStatus(dir, items)).toEqual(report.timestamps);
    // The address is remembered for the next request.
    expect((await api.call<TimestampOverview>('timestamps:get', { caseId: id })).tsaUrl).toBe(tsa.url);
  });

  it('counts later evidence as not covered, and reports a manifest edited afterwards or a broken signature', async () => {
    const { id, dir } = await caseWithEvidence();
    const [stamp] = (await api.call<TimestampOverview>('timestamps:request', { caseId: id, tsaUrl: tsa.url })).stamps;
    const later = tempDir();
    writeFileSync(join(later, '后补.txt'), '后来补充的证据');
    await api.call('evidence:import-paths', { caseId: id, paths: [join(later, '后补.txt')] });
    expect((await api.call<TimestampOverview>('timestamps:get', { caseId: id })).stamps[0]).toMatchObject({ valid: true, uncovered: 1 });

    const manifestPath = join(dir, stamp!.manifest);
    const original = readFileSync(manifestPath);
    chmodSync(manifestPath, 0o644);
    writeFileSync(manifestPath, original.toString('utf8').replace('"size": ', '"size":  '));
    const edited = await api.call<VerifyReport>('evidence:verify', { caseId: id });
    expect(edited.ok).toBe(false);
    expect(edited.problems).toEqual([{ kind: 'timestamp-invalid', file: stamp!.token, reason: expect.stringContaining('摘要与证据清单的 SHA-256 不一致') }]);
    writeFileSync(manifestPath, original);

    const tokenPath = join(dir, stamp!.token);
    const token = readFileSync(tokenPath);
    chmodSync(tokenPath, 0o644);
    token[token.length - 1]! ^= 0xff;
    writeFileSync(tokenPath, token);
    const forged = await api.call<VerifyReport>('evidence:verify', { caseId: id });
    expect(forged.problems).toEqual([{ kind: 'timestamp-invalid', file: stamp!.token, reason: expect.stringContaining('签名无效') }]);
  });

  it('keeps nothing when the TSA fails, answers garbage or replays an old reply', async () => {
    const { id, dir } = await caseWithEvidence();
    const refusals: [LocalTsa['mode'], string][] = [
      ['http-error', 'HTTP 503'],
      ['garbage', '无法解析'],
      ['replay', '随机数'],
    ];
    await api.call('timestamps:request', { caseId: id, tsaUrl: tsa.url });
    for (const [mode, reason] of refusals) {
      tsa.mode = mode;
      try {
        const result = await api.callRaw('timestamps:request', { caseId: id, tsaUrl: tsa.url });
        expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining(reason) } });
      } finally {
        tsa.mode = 'normal';
      }
    }
    const unreachable = await api.callRaw('timestamps:request', { caseId: id, tsaUrl: 'http://127.0.0.1:9/tsr' });
    expect(unreachable).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('无法连接时间戳服务') } });
    expect((await api.call<TimestampOverview>('timestamps:get', { caseId: id })).stamps).toHaveLength(1);
    expect(await stampLines(dir)).toHaveLength(1);
    expect(await api.callRaw('timestamps:request', { caseId: id, tsaUrl: 'ftp://tsa.example.com' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
