import { request } from '@playwright/test';
import { expect, test } from './web-host-fixture';

test('the web host refuses requests without the token or with a foreign Host header', async ({ host }) => {
  const anonymous = await request.newContext();
  const noToken = await anonymous.post(`${host.origin}/api/cases:list`, { data: {} });
  expect(noToken.status()).toBe(401);
  const page = await anonymous.get(`${host.origin}/`);
  expect(page.status()).toBe(401);

  const token = new URL(host.url).searchParams.get('token')!;
  const foreignHost = await anonymous.post(`${host.origin}/api/cases:list`, {
    data: {},
    headers: { Authorization: `Bearer ${token}`, Host: 'attacker.example:80' },
  });
  expect(foreignHost.status()).toBe(403);

  const allowed = await anonymous.post(`${host.origin}/api/cases:list`, {
    data: {},
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(allowed.status()).toBe(200);
  expect((await allowed.json()).ok).toBe(true);
  await anonymous.dispose();
});

test('a page served by the web host cannot make it read a file or open a folder outside the home folder', async ({ host }) => {
  const token = new URL(host.url).searchParams.get('token')!;
  const client = await request.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const importing = await (await client.post(`${host.origin}/api/evidence:import-paths`, { data: { caseId: 'any', paths: ['/etc/passwd'] } })).json();
  expect(importing).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  const switching = await (await client.post(`${host.origin}/api/workspace:switch`, { data: { path: '/etc' } })).json();
  expect(switching).toMatchObject({ ok: false, error: { code: 'invalid' } });
  await client.dispose();
});
