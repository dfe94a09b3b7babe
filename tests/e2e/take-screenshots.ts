/**
 * Produces the README screenshots from a seeded, throw-away workspace: `npm run screenshots`
 * (after `npm run build`). Writes resources/readme/*.png.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from './playwright.config';
import { sampleCases } from './sample-cases';

const projectRoot = resolve(import.meta.dirname, '../..');
const outDir = join(projectRoot, 'resources/readme');

const root = await mkdtemp(join(tmpdir(), 'casebook-shots-'));
const workspace = join(root, 'workspace');
const host = spawn(process.execPath, [join(projectRoot, 'out/main/cli.js'), '--workspace', workspace, 'web', '--port', '0', '--no-open'], {
  env: { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config') },
  stdio: ['ignore', 'pipe', 'inherit'],
});

try {
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    host.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) done(m[0]);
    });
    host.on('exit', (code) => fail(new Error(`web host exited with ${code}`)));
  });
  const { origin, searchParams } = new URL(url);
  const api = async (channel: string, input: unknown) => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${searchParams.get('token')}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value?: { id: string }; error?: unknown };
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value!;
  };
  let firstId = '';
  for (const sample of sampleCases) {
    const { id } = await api('cases:create', { intake: sample.intake });
    await api('cases:set-status', { id, status: sample.status });
    firstId ||= id;
  }

  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunch);
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme, locale: 'zh-CN' });
    await page.goto(url);
    await page.getByText(sampleCases[0]!.intake.title!).first().waitFor();
    await page.screenshot({ path: join(outDir, `dashboard-${colorScheme}.png`) });
    await page.goto(`${origin}/#/case/${firstId}`);
    await page.getByText(sampleCases[0]!.intake.order.number).first().waitFor();
    await page.screenshot({ path: join(outDir, `case-${colorScheme}.png`) });
    await page.close();
  }
  await browser.close();
  console.log(`Screenshots written to ${outDir}`);
} finally {
  host.kill('SIGTERM');
  await rm(root, { recursive: true, force: true });
}
