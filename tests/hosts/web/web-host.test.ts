import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/hosts/security-headers';
import { startWebHost, type WebHost } from '../../../src/hosts/web/web-host';
import { raw as rawRequest, type RawOptions } from '../support/raw-request';
import { createStubHandlers, stubWorkspace } from '../support/stub-handlers';

describe('startWebHost', () => {
  let root: string;
  let host: WebHost;
  let cookie: string;
  const stub = createStubHandlers();
  const raw = (target: WebHost, path: string, options?: RawOptions) => rawRequest(target.origin, path, options);
  const authed = (headers: Record<string, string> = {}) => ({ Cookie: cookie, ...headers });
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(host, path, { method: 'POST', headers: authed({ 'Content-Type': 'application/json', ...headers }), body: JSON.stringify(body) });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'casebook-web-host-'));
    const rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>维权卷宗</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    // A secret next to the renderer folder: traversal must never reach it.
    await writeFile(join(root, 'package.json'), '{"secret":true}');
    host = await startWebHost({ handlers: stub.handlers, workspace: stubWorkspace, rendererDir, onUnexpected: () => {} });
    const visit = await raw(host, `/?token=${host.token}`);
    cookie = (visit.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  });

  afterAll(async () => {
    await host.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL carrying a 32-byte token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('trades the token URL for an HttpOnly SameSite=Strict cookie named by port and redirects to /', async () => {
    const res = await raw(host, `/?token=${host.token}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/');
    const port = new URL(host.origin).port;
    expect(res.headers['set-cookie']).toEqual([`casebook_token_${port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`]);
  });

  it('keeps two hosts apart: each accepts only the cookie named by its own port', async () => {
    const other = await startWebHost({ handlers: stub.handlers, workspace: stubWorkspace, rendererDir: join(root, 'renderer'), onUnexpected: () => {} });
    try {
      const otherVisit = await raw(other, `/?token=${other.token}`);
      const otherCookie = (otherVisit.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
      expect(otherCookie.split('=')[0]).not.toBe(cookie.split('=')[0]);
      // A browser sends every 127.0.0.1 cookie to both ports: both hosts still recognise their own.
      const both = `${cookie}; ${otherCookie}`;
      expect((await raw(host, '/', { headers: { Cookie: both } })).status).toBe(200);
      expect((await raw(other, '/', { headers: { Cookie: both } })).status).toBe(200);
      expect((await raw(other, '/', { headers: { Cookie: cookie } })).status).toBe(401);
      // The other host's cookie under this host's name is still the wrong token.
      const swapped = `${cookie.split('=')[0]}=${other.token}`;
      expect((await raw(host, '/', { headers: { Cookie: swapped } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('refuses requests without the token or with a wrong one (401)', async () => {
    expect((await raw(host, '/')).status).toBe(401);
    expect((await raw(host, '/api/cases:list', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await raw(host, '/?token=wrong')).status).toBe(401);
    expect((await raw(host, '/', { headers: { Cookie: `casebook_token_${new URL(host.origin).port}=wrong` } })).status).toBe(401);
    expect((await raw(host, '/', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    const wrongTokenUrl = await raw(host, `/?token=${host.token.slice(0, -1)}x`);
    expect(wrongTokenUrl.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a foreign Host header even with the token (403, DNS rebinding)', async () => {
    const res = await raw(host, '/api/cases:list', {
      method: 'POST',
      headers: authed({ Host: `attacker.example:${new URL(host.origin).port}` }),
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect((await raw(host, `/?token=${host.token}`, { headers: { Host: 'attacker.example' } })).status).toBe(403);
  });

  it('accepts localhost:<port> as Host and refuses a foreign Origin (403)', async () => {
    const port = new URL(host.origin).port;
    expect((await raw(host, '/', { headers: authed({ Host: `localhost:${port}` }) })).status).toBe(200);
    expect((await postJson('/api/cases:list', {}, { Origin: 'https://attacker.example' })).status).toBe(403);
    expect((await postJson('/api/cases:list', {}, { Origin: 'null' })).status).toBe(403);
    expect((await postJson('/api/cases:list', {}, { Origin: host.origin })).status).toBe(200);
  });

  it('answers the API with the dispatch result when the cookie or bearer token is present', async () => {
    const res = await postJson('/api/cases:list', {});
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { cases: [], damaged: [] } });
    expect(stub.calls.at(-1)).toEqual({ channel: 'cases:list', input: { view: 'active' } });

    const bearer = await raw(host, '/api/workspace:info', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(JSON.parse(bearer.body)).toMatchObject({ ok: true, value: { caseCount: 0 } });
  });

  it('reports invalid input, unknown channels and handler failures as ApiResult errors', async () => {
    const invalid = JSON.parse((await postJson('/api/cases:create', { intake: {} })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const unknown = JSON.parse((await postJson('/api/cases:explode', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const failed = JSON.parse((await postJson('/api/cases:get', { ref: 'x' })).body);
    expect(failed).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(failed.error.message).not.toContain('stub');
  });

  it('answers 400 for bad JSON, 405 for other methods, 413 beyond 1 MB', async () => {
    const bad = await raw(host, '/api/cases:list', { method: 'POST', headers: authed(), body: '{nope' });
    expect(bad.status).toBe(400);
    const get = await raw(host, '/api/cases:list', { headers: authed() });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const huge = Buffer.alloc(1024 * 1024 + 1, 0x20);
    expect((await raw(host, '/api/cases:list', { method: 'POST', headers: authed(), body: huge })).status).toBe(413);
    // Without Content-Length (chunked), the cap is enforced while reading.
    const chunked = await raw(host, '/api/cases:list', {
      method: 'POST',
      headers: authed({ 'Transfer-Encoding': 'chunked' }),
      body: huge,
    });
    expect(chunked.status).toBe(413);
  });

  it('serves the renderer with its content type and the security headers', async () => {
    const index = await raw(host, '/', { headers: authed() });
    expect(index.status).toBe(200);
    expect(index.body).toContain('维权卷宗');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.headers['access-control-allow-origin']).toBeUndefined();
    const script = await raw(host, '/assets/app.js', { headers: authed() });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await raw(host, '/assets/app.js', { method: 'HEAD', headers: authed() });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/%00app.js',
    '/assets/',
    '/assets',
    '/missing.html',
  ])('refuses %s with 404 and leaks nothing', async (path) => {
    const res = await raw(host, path, { headers: authed() });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD on static files', async () => {
    expect((await raw(host, '/', { method: 'DELETE', headers: authed() })).status).toBe(405);
  });
});
