import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFileUrl } from '../../../src/shared/api/export-transfer';
import type { DossierExport } from '../../../src/shared/domain/dossier';
import { raw } from '../support/raw-request';
import { useRealWebHost } from '../support/real-web-host';

/** The dossier file routes of the web host, over a real workspace with one export. */
describe('web host export routes', { timeout: 180_000 }, () => {
  const real = useRealWebHost('casebook-web-exports-');
  let made: DossierExport;

  const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${real.host.token}` }) =>
    raw(real.host.origin, `/${path}`, { headers });

  beforeAll(async () => {
    made = await real.session.dossier.export(real.caseId);
  }, 180_000);

  it('serves the dossier PDF inline and the archive as a download, byte for byte', async () => {
    const pdf = await get(exportFileUrl(real.caseId, made.id, 'pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent(made.pdf.name)}`);
    expect(pdf.bytes.equals(await readFile(join(made.folder, made.pdf.name)))).toBe(true);
    const zip = await get(exportFileUrl(real.caseId, made.id, 'zip'));
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(made.zip.name)}`);
    expect(zip.bytes.length).toBe(made.zip.size);
  });

  it('404s an unknown export or case and anything that is not an export file; needs the token', async () => {
    for (const path of [
      exportFileUrl(real.caseId, '20000101-000000', 'pdf'),
      exportFileUrl('no-such-case', made.id, 'pdf'),
      exportFileUrl(real.caseId, '..', 'pdf'),
      `exports/${real.caseId}/${made.id}/export.json`,
      `exports/${real.caseId}/${made.id}/${encodeURIComponent(made.pdf.name)}`,
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get(exportFileUrl(real.caseId, made.id, 'pdf'), {})).status).toBe(401);
  });
});
