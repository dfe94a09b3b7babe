import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveUploadUrl, caseArchiveUrl } from '../../../src/shared/api/case-archive-transfer';
import type { ApiResult } from '../../../src/shared/api/result';
import type { CaseArchiveView, CaseImportView } from '../../../src/shared/domain/transfer';
import { sampleIntake } from '../../core/sample-case';
import { entriesOf, zipOf } from '../../core/archive/zip-fixtures';
import { openApi } from '../../core/transfer/open-api';
import { raw } from '../support/raw-request';
import { useRealWebHost } from '../support/real-web-host';

/** The web host's archive routes over a real workspace: the transfer archive's download, archive uploads. */
describe('web host archive routes', { timeout: 120_000 }, () => {
  const real = useRealWebHost('casebook-web-archives-');
  const auth = () => ({ Authorization: `Bearer ${real.host.token}` });
  const upload = async (bytes: Buffer, params: { kind: 'case' | 'backup'; name: string; folder?: string }) => {
    const response = await raw(real.host.origin, `/${archiveUploadUrl({ ...params, size: bytes.length })}`, { method: 'POST', headers: auth(), body: bytes });
    return JSON.parse(response.bytes.toString('utf8')) as ApiResult<CaseImportView>;
  };
  const staging = () => join(real.session.root, '.casebook', 'staging');

  it('serves the case transfer archive made on the 导出 tab as a download, and 404s a case without one', async () => {
    expect((await raw(real.host.origin, `/${caseArchiveUrl(real.caseId)}`, { headers: auth() })).status).toBe(404);
    const made = await real.dispatch<CaseArchiveView>('cases:export-archive', { caseId: real.caseId });
    const download = await raw(real.host.origin, `/${caseArchiveUrl(real.caseId)}`, { headers: auth() });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(made.name)}`);
    expect(download.bytes.equals(await readFile(made.path))).toBe(true);
    expect((await raw(real.host.origin, `/${caseArchiveUrl('no-such-case')}`, { headers: auth() })).status).toBe(404);
    expect((await raw(real.host.origin, `/${caseArchiveUrl(real.caseId)}`)).status).toBe(401);
  });

  it('imports an uploaded transfer archive, refuses a tampered one by its own name, and keeps no upload', async () => {
    const other = await openApi(real.root, 'elsewhere');
    let archive: string;
    try {
      const { id } = await other.call<{ id: string }>('cases:create', { intake: { ...sampleIntake(), order: { ...sampleIntake().order, number: 'KM-ELSEWHERE-1' } } });
      archive = (await other.session.transfer.exportCase(id, join(real.root, 'elsewhere.casebook.zip'))).archive;
    } finally {
      other.close();
    }
    const bytes = await readFile(archive);
    // The same size, one character changed: only the hash can tell.
    const entries = await entriesOf(bytes);
    const caseFile = entries.find((entry) => entry.name === 'case.json')!;
    caseFile.data = Buffer.from(caseFile.data.toString('utf8').replace('KM-ELSEWHERE-1', 'KM-ELSEWHERE-2'));
    const tampered = await zipOf(entries);
    const refused = await upload(tampered, { kind: 'case', name: '被改过的.casebook.zip' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toContain('被改过的.casebook.zip 中的“case.json”与清单记录的 SHA-256 不一致');

    const imported = await upload(bytes, { kind: 'case', name: 'elsewhere.casebook.zip' });
    expect(imported).toMatchObject({ ok: true, value: { renamed: false, files: expect.any(Number) } });
    expect(existsSync(imported.ok ? imported.value.path : '')).toBe(true);
    expect(readdirSync(staging())).toEqual([]);
  });

  it('refuses a restore outside the home folder and an upload without its parameters', async () => {
    const refused = await upload(Buffer.from('PK'), { kind: 'backup', name: 'b.zip', folder: join(real.root, 'restored') });
    expect(refused.ok).toBe(false);
    expect(existsSync(join(real.root, 'restored'))).toBe(false);
    const response = await raw(real.host.origin, '/upload/archive?kind=case', { method: 'POST', headers: auth(), body: Buffer.from('x') });
    expect(JSON.parse(response.bytes.toString('utf8'))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(readdirSync(staging())).toEqual([]);
  });
});
