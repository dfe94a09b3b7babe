import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../src/shared/api/contract';
import { dispatch } from '../../../src/shared/api/dispatch';
import { evidenceFileUrl, evidenceThumbnailUrl, uploadUrl, type UploadParams } from '../../../src/shared/api/evidence-transfer';
import type { ApiResult } from '../../../src/shared/api/result';
import type { EvidenceView } from '../../../src/shared/domain/evidence';
import { open, raw, type RawOptions } from '../support/raw-request';
import { useRealWebHost } from '../support/real-web-host';
import { sampleIntake } from '../../core/sample-case';

/** Upload, cancellation and the evidence file routes of the web host, over a real workspace. */
describe('web host evidence routes', () => {
  const real = useRealWebHost('casebook-web-evidence-');

  const authed = (headers: Record<string, string> = {}) => ({ Authorization: `Bearer ${real.host.token}`, ...headers });
  const get = (path: string, headers: Record<string, string> = {}, options: RawOptions = {}) =>
    raw(real.host.origin, `/${path}`, { ...options, headers: authed(headers) });
  const params = (name: string, bytes: Buffer, extra: Partial<UploadParams> = {}): UploadParams => ({
    caseId: real.caseId,
    name,
    size: bytes.length,
    lastModified: Date.UTC(2024, 4, 20, 6, 30),
    ...extra,
  });
  const upload = async (name: string, bytes: Buffer, extra: Partial<UploadParams> = {}, headers: Record<string, string> = {}) => {
    const res = await raw(real.host.origin, `/${uploadUrl(params(name, bytes, extra))}`, { method: 'POST', headers: authed(headers), body: bytes });
    expect(res.status).toBe(200);
    return JSON.parse(res.body) as ApiResult<ImportReport>;
  };
  const imported = async (name: string, bytes: Buffer): Promise<EvidenceView> => {
    const result = await upload(name, bytes);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.imported[0]!;
  };
  const leftovers = async () => ({
    evidence: existsSync(join(real.caseDir, 'evidence')) ? await readdir(join(real.caseDir, 'evidence')) : [],
    staging: existsSync(join(real.caseDir, '.staging')) ? await readdir(join(real.caseDir, '.staging')) : [],
  });
  const until = async (condition: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((done) => setTimeout(done, 10));
    expect(await condition()).toBe(true);
  };


  it('streams an upload into the case and answers with the import report', async () => {
    const bytes = Buffer.from('客服聊天记录：卡密无效，拒绝退款。\n'.repeat(2000), 'utf8');
    const item = await imported('客服聊天.txt', bytes);
    expect(item).toMatchObject({ originalName: '客服聊天.txt', size: bytes.length, exhibitNumber: 1, mediaType: 'text/plain' });
    expect(await readFile(join(real.caseDir, item.storedPath))).toEqual(bytes);
    expect((await leftovers()).staging).toEqual([]);
    // The same bytes again are refused as a duplicate unless the person confirms.
    const again = await upload('副本.txt', bytes);
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    const confirmed = await upload('副本.txt', bytes, { allowDuplicate: '1' });
    expect(confirmed).toMatchObject({ ok: true, value: { imported: [{ originalName: '副本.txt', exhibitNumber: 2 }] } });
  });

  it('refuses bad parameters and a size that does not match the body', async () => {
    const badParams = await raw(real.host.origin, '/upload/evidence?caseId=x&name=a.txt&size=-1&lastModified=0', {
      method: 'POST',
      headers: authed(),
      body: 'abc',
    });
    const parsed = JSON.parse(badParams.body) as ApiResult<ImportReport>;
    expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!parsed.ok && parsed.error.message).toContain('size');

    const bytes = Buffer.from('十个字节的内容');
    // Declared 5 bytes, Content-Length says otherwise: refused before anything is written.
    const lengthMismatch = await upload('a.txt', bytes, { size: 5 });
    expect(lengthMismatch).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // Without Content-Length (chunked) the body itself is counted against the declared size.
    const tooLong = await upload('b.txt', bytes, { size: 5 }, { 'Transfer-Encoding': 'chunked' });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const tooShort = await upload('c.txt', bytes, { size: bytes.length + 10 }, { 'Transfer-Encoding': 'chunked' });
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await leftovers()).staging).toEqual([]);
  });

  it('leaves nothing behind when the browser goes away mid-upload', async () => {
    const before = await leftovers();
    const size = 8 * 1024 * 1024;
    const req = open(real.host.origin, `/${uploadUrl(params('录屏.mp4', Buffer.alloc(size)))}`, {
      method: 'POST',
      headers: authed({ 'Content-Length': String(size) }),
    });
    req.on('error', () => {});
    req.write(Buffer.alloc(1024 * 1024, 1));
    await until(async () => (await leftovers()).staging.length === 1);
    req.destroy();
    await until(async () => (await leftovers()).staging.length === 0);
    expect((await leftovers()).evidence).toEqual(before.evidence);
    const listing = await dispatch(real.handlers, 'evidence:list', { caseId: real.caseId });
    expect(listing.ok && (listing.value as { items: unknown[] }).items).toHaveLength(2);
    expect(real.unexpected).toEqual([]);
  });

  it('cancels an upload by its import id through evidence:cancel-import', async () => {
    const size = 4 * 1024 * 1024;
    const answer = new Promise<string>((done) => {
      const req = open(real.host.origin, `/${uploadUrl(params('通话录音.m4a', Buffer.alloc(size), { importId: 'up-1' }))}`, {
        method: 'POST',
        headers: authed({ 'Content-Length': String(size) }),
      }, (res) => done(res.body));
      req.on('error', () => {});
      req.write(Buffer.alloc(512 * 1024, 2));
    });
    await until(async () => (await leftovers()).staging.length === 1);
    const cancel = await raw(real.host.origin, '/api/evidence:cancel-import', { method: 'POST', headers: authed(), body: JSON.stringify({ importId: 'up-1' }) });
    expect(JSON.parse(cancel.body)).toEqual({ ok: true, value: { cancelled: true } });
    expect(JSON.parse(await answer)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('已取消') } });
    await until(async () => (await leftovers()).staging.length === 0);
  });

  describe('serving originals', () => {
    let video: EvidenceView;
    let videoBytes: Buffer;

    beforeAll(async () => {
      // An MP4 header so the content is sniffed as video, then bytes that differ at every offset.
      videoBytes = Buffer.concat([
        Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'),
        Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7) % 251)),
      ]);
      video = await imported('录屏.mp4', videoBytes);
    });

    it('sends the whole file with its sniffed type, inline under its original name', async () => {
      const res = await get(evidenceFileUrl(real.caseId, video.id));
      expect(res.status).toBe(200);
      expect(res.bytes).toEqual(videoBytes);
      expect(res.headers['content-type']).toBe('video/mp4');
      expect(res.headers['accept-ranges']).toBe('bytes');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain('sandbox');
      expect(res.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('录屏.mp4')}`);
    });

    it('answers range requests with 206 and exactly those bytes', async () => {
      const middle = await get(evidenceFileUrl(real.caseId, video.id), { Range: 'bytes=1000-1999' });
      expect(middle.status).toBe(206);
      expect(middle.headers['content-range']).toBe(`bytes 1000-1999/${videoBytes.length}`);
      expect(middle.headers['content-length']).toBe('1000');
      expect(middle.bytes).toEqual(videoBytes.subarray(1000, 2000));
      const tail = await get(evidenceFileUrl(real.caseId, video.id), { Range: 'bytes=-10' });
      expect(tail.bytes).toEqual(videoBytes.subarray(videoBytes.length - 10));
      const open = await get(evidenceFileUrl(real.caseId, video.id), { Range: `bytes=${videoBytes.length - 5}-` });
      expect(open.bytes).toEqual(videoBytes.subarray(videoBytes.length - 5));
    });

    it('answers 416 for a range beyond the end', async () => {
      const res = await get(evidenceFileUrl(real.caseId, video.id), { Range: `bytes=${videoBytes.length}-` });
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${videoBytes.length}`);
    });

    it('never serves an HTML original as HTML', async () => {
      const page = await imported('聊天导出.html', Buffer.from('<!doctype html><script>alert(document.cookie)</script>'));
      expect(page.mediaType).toBe('text/html');
      const res = await get(evidenceFileUrl(real.caseId, page.id));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['content-security-policy']).toContain('sandbox');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('serves a webp thumbnail of an image and 404 for media without one', async () => {
      const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c00' } }).png().toBuffer();
      const photo = await imported('订单截图.png', png);
      const thumb = await get(evidenceThumbnailUrl(real.caseId, photo.id));
      expect(thumb.status).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/webp');
      expect((await sharp(thumb.bytes).metadata()).format).toBe('webp');
      expect((await get(evidenceThumbnailUrl(real.caseId, video.id))).status).toBe(404);
    });

    it('refuses an original replaced by a link or a pipe, and never reads through it', async () => {
      const secret = join(real.root, 'outside.txt');
      await writeFile(secret, 'TOP-SECRET passwd line');
      const linked = await imported('聊天记录.txt', Buffer.from('原件：客服聊天记录'));
      const linkedPath = join(real.caseDir, linked.storedPath);
      await unlink(linkedPath);
      await symlink(secret, linkedPath);
      const viaLink = await get(evidenceFileUrl(real.caseId, linked.id));
      expect(viaLink.status).toBe(403);
      expect(viaLink.body).not.toContain('TOP-SECRET');
      expect(viaLink.body).toContain('不是普通文件');

      // A picture replaced by a link to a picture elsewhere: no thumbnail is made from it either.
      const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#0c0' } }).png().toBuffer();
      const outsidePng = join(real.root, 'outside.png');
      await writeFile(outsidePng, await sharp({ create: { width: 32, height: 32, channels: 3, background: '#00c' } }).png().toBuffer());
      const photo = await imported('支付截图.png', png);
      const photoPath = join(real.caseDir, photo.storedPath);
      await unlink(photoPath);
      await symlink(outsidePng, photoPath);
      expect((await get(evidenceFileUrl(real.caseId, photo.id))).status).toBe(403);
      expect((await get(evidenceThumbnailUrl(real.caseId, photo.id))).status).toBe(404);

      // A named pipe would block a plain open for ever; it is refused at once.
      const piped = await imported('录音说明.txt', Buffer.from('说明'));
      const pipedPath = join(real.caseDir, piped.storedPath);
      await unlink(pipedPath);
      execFileSync('mkfifo', [pipedPath]);
      expect((await get(evidenceFileUrl(real.caseId, piped.id))).status).toBe(403);
      expect((await get(evidenceFileUrl(real.caseId, piped.id), {}, { method: 'HEAD' })).status).toBe(403);
    });

    it('refuses originals when the evidence folder itself was replaced by a link', async () => {
      const other = await real.dispatch<{ id: string; folder: string }>('cases:create', { intake: { ...sampleIntake(), order: { ...sampleIntake().order, number: 'LINKED-FOLDER' } } });
      const otherDir = join(real.session.root, 'cases', other.folder);
      const bytes = Buffer.from('另一个案件的原件');
      const upload = await raw(real.host.origin, `/${uploadUrl({ caseId: other.id, name: 'a.txt', size: bytes.length, lastModified: 0 })}`, { method: 'POST', headers: authed(), body: bytes });
      const item = (JSON.parse(upload.body) as ApiResult<ImportReport>).ok ? (JSON.parse(upload.body) as { value: ImportReport }).value.imported[0]! : undefined;
      expect(item).toBeDefined();
      const elsewhere = join(real.root, 'elsewhere');
      await mkdir(elsewhere);
      await rename(join(otherDir, 'evidence'), join(elsewhere, 'evidence'));
      await symlink(join(elsewhere, 'evidence'), join(otherDir, 'evidence'));
      expect((await get(evidenceFileUrl(other.id, item!.id))).status).toBe(403);
    });

    it('answers 404 for an unknown case or item and for malformed paths', async () => {
      expect((await get(evidenceFileUrl('no-such-case', video.id))).status).toBe(404);
      expect((await get(evidenceFileUrl(real.caseId, '01HZZZZZZZZZZZZZZZZZZZZZZZ'))).status).toBe(404);
      expect((await get(`evidence/${real.caseId}/..%2f..%2fcase.json`)).status).toBe(404);
      expect((await get(`evidence/..%2f/${video.id}`)).status).toBe(404);
      expect((await get(`${evidenceFileUrl(real.caseId, video.id)}/extra`)).status).toBe(404);
    });

    it('refuses the evidence routes without the token (401)', async () => {
      expect((await raw(real.host.origin, `/${evidenceFileUrl(real.caseId, video.id)}`)).status).toBe(401);
      expect((await raw(real.host.origin, `/${evidenceThumbnailUrl(real.caseId, video.id)}`)).status).toBe(401);
      const bytes = Buffer.from('x');
      const res = await raw(real.host.origin, `/${uploadUrl(params('x.txt', bytes))}`, { method: 'POST', body: bytes });
      expect(res.status).toBe(401);
    });
  });
});
