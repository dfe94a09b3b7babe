/**
 * The web host of the BUILT command (`npm run build` first) answers its first requests — the page,
 * its script, the dashboard's list — without loading the PDF, image, mail, zip or OCR packages.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, isolatedEnv, requireBuiltCli } from '../../cli/support/built-cli';
import { heavyPackagesLoaded, tracingEnv } from '../../cli/support/module-trace';

describe('the web host started by `casebook web`', () => {
  let root: string;

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-web-modules-'));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('serves the page, its script and the case list without loading the heavy packages', async () => {
    const trace = join(root, 'trace.txt');
    const env = tracingEnv(isolatedEnv(join(root, 'config')), trace);
    const host = spawn(process.execPath, [cliPath, '--workspace', join(root, 'workspace'), 'web', '--port', '0', '--no-open'], { env });
    const exited = new Promise<number | null>((done) => host.once('exit', done));
    try {
      const url = await new Promise<URL>((done, fail) => {
        let output = '';
        host.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)?.[0];
          if (found) done(new URL(found));
        });
        host.once('exit', (code) => fail(new Error(`web host exited with ${code}: ${output}`)));
      });
      const headers = { Authorization: `Bearer ${url.searchParams.get('token')}` };
      const page = await fetch(new URL('/', url), { headers });
      expect(page.status).toBe(200);
      const script = (await page.text()).match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
      expect(script, 'the page names its script').toBeDefined();
      expect((await fetch(new URL(`/${script}`, url), { headers })).status).toBe(200);
      const list = await fetch(new URL('/api/cases:list', url), { method: 'POST', headers, body: JSON.stringify({ view: 'active' }) });
      expect(await list.json()).toMatchObject({ ok: true, value: { cases: [] } });
    } finally {
      host.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(heavyPackagesLoaded(trace)).toEqual([]);
  });
});
