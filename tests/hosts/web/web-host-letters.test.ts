import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SavedLetter } from '../../../src/shared/api/contract';
import { letterEmlUrl, letterPdfUrl } from '../../../src/shared/api/letter-transfer';
import type { LetterBuild } from '../../../src/shared/domain/letter-document';
import { raw } from '../support/raw-request';
import { useRealWebHost } from '../support/real-web-host';

const ORDER = 'KM20240520143208001';

/** The letter file routes of the web host, over a real workspace with a saved version. */
describe('web host letter routes', () => {
  const real = useRealWebHost('casebook-web-letters-');
  let saved: SavedLetter;

  const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${real.host.token}` }) =>
    raw(real.host.origin, `/${path}`, { headers });

  beforeAll(async () => {
    const built = await real.dispatch<LetterBuild>('letters:generate', { caseId: real.caseId, kind: 'cs-email' });
    if (!built.ok) throw new Error('the sample case should have what a complaint e-mail needs');
    saved = await real.dispatch<SavedLetter>('letters:save', { caseId: real.caseId, generated: built.document, document: built.document });
  });

  it('serves the saved PDF inline, named after the letter, byte for byte', async () => {
    const res = await get(letterPdfUrl(real.caseId, saved.record.id, saved.version));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent(`${saved.record.title}.pdf`)}`);
    const stored = await readFile(await real.session.letters.pdfPath(real.caseId, saved.record.id, saved.version));
    expect(res.bytes.equals(stored)).toBe(true);
  });

  it('serves the .eml as an attachment named <订单号>-<kind>.eml, with the subject and the bundle', async () => {
    const res = await get(letterEmlUrl(real.caseId, saved.record.id, saved.version));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('message/rfc822');
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${ORDER}-cs-email.eml`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const mail = await simpleParser(res.bytes);
    expect(mail.subject).toBe(`投诉+${ORDER}+游戏卡密无效`);
    expect(mail.attachments.filter((a) => a.filename?.endsWith('.pdf'))).toHaveLength(1);
  });

  it('answers HEAD with the headers alone', async () => {
    const res = await raw(real.host.origin, `/${letterPdfUrl(real.caseId, saved.record.id, saved.version)}`, { method: 'HEAD', headers: { Authorization: `Bearer ${real.host.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.bytes.length).toBe(0);
  });

  it('404s an unknown version, letter, case, or a path that is not a letter file', async () => {
    const missing = [
      letterPdfUrl(real.caseId, saved.record.id, saved.version + 1),
      letterEmlUrl(real.caseId, saved.record.id, 0),
      letterPdfUrl(real.caseId, '01ARZ3NDEKTSV4RRFFQ69G5FAV', 1),
      letterPdfUrl('no-such-case', saved.record.id, 1),
      letterPdfUrl('..', saved.record.id, 1),
      `letters/${real.caseId}/${saved.record.id}/v1.txt`,
      `letters/${real.caseId}/${saved.record.id}/v1.json`,
    ];
    for (const path of missing) expect((await get(path)).status, path).toBe(404);
  });

  it('refuses other methods, and everything without the token', async () => {
    const url = letterPdfUrl(real.caseId, saved.record.id, saved.version);
    expect((await raw(real.host.origin, `/${url}`, { method: 'DELETE', headers: { Authorization: `Bearer ${real.host.token}` } })).status).toBe(405);
    expect((await get(url, {})).status).toBe(401);
    expect((await get(letterEmlUrl(real.caseId, saved.record.id, saved.version), { Authorization: 'Bearer wrong' })).status).toBe(401);
  });
});
