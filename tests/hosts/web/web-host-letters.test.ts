import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { startWebHost, type WebHost } from '../../../src/hosts/web/web-host';
import type { SavedLetter } from '../../../src/shared/api/contract';
import { dispatch } from '../../../src/shared/api/dispatch';
import { letterEmlUrl, letterPdfUrl } from '../../../src/shared/api/letter-transfer';
import type { LetterBuild } from '../../../src/shared/domain/letter-document';
import { sampleIntake } from '../../core/sample-case';
import { raw } from '../support/raw-request';

const ORDER = 'KM20240520143208001';

/** The letter file routes of the web host, over a real workspace with a saved version. */
describe('web host letter routes', () => {
  let root: string;
  let session: WorkspaceSession;
  let host: WebHost;
  let caseId: string;
  let saved: SavedLetter;
  const previousConfigDir = process.env.CASEBOOK_CONFIG_DIR;
  const unexpected: unknown[] = [];

  const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${host.token}` }) =>
    raw(host.origin, `/${path}`, { headers });
  const call = async <T>(handlers: ReturnType<typeof createHandlers>, channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'casebook-web-letters-'));
    process.env.CASEBOOK_CONFIG_DIR = join(root, 'config');
    await mkdir(join(root, 'renderer'));
    session = await WorkspaceSession.open(join(root, 'workspace'));
    const handlers = createHandlers(session);
    caseId = (await call<{ id: string }>(handlers, 'cases:create', { intake: sampleIntake() })).id;
    const built = await call<LetterBuild>(handlers, 'letters:generate', { caseId, kind: 'cs-email' });
    if (!built.ok) throw new Error('the sample case should have what a complaint e-mail needs');
    saved = await call<SavedLetter>(handlers, 'letters:save', { caseId, generated: built.document, document: built.document });
    host = await startWebHost({ handlers, workspace: session, rendererDir: join(root, 'renderer'), onUnexpected: (e) => unexpected.push(e) });
  });

  afterAll(async () => {
    await host.close();
    session.close();
    if (previousConfigDir === undefined) delete process.env.CASEBOOK_CONFIG_DIR;
    else process.env.CASEBOOK_CONFIG_DIR = previousConfigDir;
    await rm(root, { recursive: true, force: true });
    expect(unexpected).toEqual([]);
  });

  it('serves the saved PDF inline, named after the letter, byte for byte', async () => {
    const res = await get(letterPdfUrl(caseId, saved.record.id, saved.version));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent(`${saved.record.title}.pdf`)}`);
    const stored = await readFile(await session.letters.pdfPath(caseId, saved.record.id, saved.version));
    expect(res.bytes.equals(stored)).toBe(true);
  });

  it('serves the .eml as an attachment named <订单号>-<kind>.eml, with the subject and the bundle', async () => {
    const res = await get(letterEmlUrl(caseId, saved.record.id, saved.version));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('message/rfc822');
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${ORDER}-cs-email.eml`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const mail = await simpleParser(res.bytes);
    expect(mail.subject).toBe(`投诉+${ORDER}+游戏卡密无效`);
    expect(mail.attachments.filter((a) => a.filename?.endsWith('.pdf'))).toHaveLength(1);
  });

  it('answers HEAD with the headers alone', async () => {
    const res = await raw(host.origin, `/${letterPdfUrl(caseId, saved.record.id, saved.version)}`, { method: 'HEAD', headers: { Authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.bytes.length).toBe(0);
  });

  it('404s an unknown version, letter, case, or a path that is not a letter file', async () => {
    const missing = [
      letterPdfUrl(caseId, saved.record.id, saved.version + 1),
      letterEmlUrl(caseId, saved.record.id, 0),
      letterPdfUrl(caseId, '01ARZ3NDEKTSV4RRFFQ69G5FAV', 1),
      letterPdfUrl('no-such-case', saved.record.id, 1),
      letterPdfUrl('..', saved.record.id, 1),
      `letters/${caseId}/${saved.record.id}/v1.txt`,
      `letters/${caseId}/${saved.record.id}/v1.json`,
    ];
    for (const path of missing) expect((await get(path)).status, path).toBe(404);
  });

  it('refuses other methods, and everything without the token', async () => {
    const url = letterPdfUrl(caseId, saved.record.id, saved.version);
    expect((await raw(host.origin, `/${url}`, { method: 'DELETE', headers: { Authorization: `Bearer ${host.token}` } })).status).toBe(405);
    expect((await get(url, {})).status).toBe(401);
    expect((await get(letterEmlUrl(caseId, saved.record.id, saved.version), { Authorization: 'Bearer wrong' })).status).toBe(401);
  });
});
