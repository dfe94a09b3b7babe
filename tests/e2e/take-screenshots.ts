/**
 * Produces the README pictures from a seeded, throw-away workspace: `npm run screenshots` (after
 * `npm run build`). Writes resources/readme/*.png: the dashboard and the case page's tabs in light and
 * dark, the 导出 tab with a dossier made there and three pages of that dossier, and the first page of three
 * generated documents — the complaint e-mail, the 起诉状 and the 证据目录 — rendered with pdftoppm from poppler-utils.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumLaunch } from './chromium';
import { xingyaoContacts } from '../core/sample-case';
import { sampleCases, sampleEvidence } from './sample-cases';

const projectRoot = resolve(import.meta.dirname, '../..');
const outDir = join(projectRoot, 'resources/readme');
const cli = join(projectRoot, 'out/main/cli.js');

const root = await mkdtemp(join(tmpdir(), 'casebook-shots-'));
const workspace = join(root, 'workspace');
const env = { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config') };
// --allow-path-import: the script seeds the evidence by path, as the CLI would; the pages never do.
const host = spawn(process.execPath, [cli, '--workspace', workspace, 'web', '--port', '0', '--no-open', '--allow-path-import'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});

/** A phone-sized picture with Chinese text on it, standing in for a real screenshot. */
async function pictureOf(path: string, lines: string[]): Promise<void> {
  const text = lines.map((line, i) => `<text x="28" y="${80 + i * 44}" font-size="26" font-family="Noto Sans CJK SC">${line}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="540" height="960"><rect width="100%" height="100%" fill="#f4f6fb"/>${text}</svg>`;
  await sharp(Buffer.from(svg)).png().toFile(path);
}

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
  const api = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${searchParams.get('token')}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value!;
  };
  let firstId = '';
  for (const sample of sampleCases) {
    const { id } = await api<{ id: string }>('cases:create', { intake: sample.intake });
    for (const event of sample.contacts ?? []) await api('timeline:add', { caseId: id, event });
    await api('cases:set-status', { id, status: sample.status });
    firstId ||= id;
  }

  // The first case goes the whole way: evidence with labels, contacts with a promise, a court-ready case.
  const sources = join(root, 'sources');
  await mkdir(sources);
  const paths: string[] = [];
  for (const item of sampleEvidence) {
    const path = join(sources, item.file);
    if (item.file.endsWith('.png')) await pictureOf(path, item.picture ?? []);
    else await writeFile(path, item.text ?? '');
    paths.push(path);
  }
  await api('evidence:import-paths', { caseId: firstId, paths });
  const { items } = await api<{ items: { id: string; originalName: string }[] }>('evidence:list', { caseId: firstId });
  for (const item of items) {
    const labels = sampleEvidence.find((sample) => sample.file === item.originalName)!.labels;
    await api('evidence:update', { caseId: firstId, itemId: item.id, labels });
  }
  for (const event of xingyaoContacts()) await api('timeline:add', { caseId: firstId, event });

  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunch);
  const tabs = [
    ['case', '概况'],
    ['evidence', '证据'],
    ['timeline', '时间线'],
    ['letters', '文书'],
  ] as const;
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await page.goto(url);
    await page.getByText(sampleCases[0]!.intake.title!).first().waitFor();
    await page.screenshot({ path: join(outDir, `dashboard-${colorScheme}.png`) });
    await page.goto(`${origin}/#/case/${firstId}`);
    await page.getByText(sampleCases[0]!.intake.order.number).first().waitFor();
    for (const [name, tab] of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      if (name === 'letters') {
        await page.getByRole('radio', { name: '客服投诉邮件' }).click();
        await page.getByTestId('letter-paper').waitFor();
      }
      await page.waitForTimeout(600);
      // The timeline and the letter run long; the whole page shows what they hold.
      await page.screenshot({ path: join(outDir, `${name}-${colorScheme}.png`), fullPage: name === 'timeline' || name === 'letters' });
    }
    await page.close();
  }

  // The 导出 tab after making the dossier there, and three pages of that dossier: the cover, the 证据目录 and an exhibit.
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme: 'light', locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await page.goto(url);
  await page.goto(`${origin}/#/case/${firstId}`);
  await page.getByRole('tab', { name: '导出' }).click();
  await page.getByRole('button', { name: '生成卷宗' }).click();
  await page.getByTestId('dossier-result').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(outDir, 'export-light.png') });
  await page.close();
  await browser.close();
  const [made] = await api<{ folder: string; pdf: { name: string } }[]>('dossier:exports', { caseId: firstId });
  const dossier = join(made!.folder, made!.pdf.name);
  const pageTexts = execFileSync('pdftotext', ['-enc', 'UTF-8', dossier, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  const pageWith = (pattern: RegExp) => pageTexts.findIndex((text) => pattern.test(text.replace(/\s+/g, ''))) + 1;
  const shown = [1, pageWith(/^证据目录/), pageWith(/^证据1\S*订单支付截图/)];
  const pictures = shown.map((number) => execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(number), '-l', String(number), '-singlefile', dossier]));
  const { width, height } = await sharp(pictures[0]).metadata();
  await sharp({ create: { width: width! * 3 + 48, height: height!, channels: 3, background: '#d0d4da' } })
    .composite(pictures.map((input, index) => ({ input, left: index * (width! + 24), top: 0 })))
    .png()
    .toFile(join(outDir, 'dossier-pages.png'));

  // The first page of each: the e-mail, the 起诉状 and the 证据目录 (both in the serif court face).
  for (const kind of ['cs-email', 'court-complaint', 'evidence-list']) {
    const pdf = join(root, `${kind}.pdf`);
    execFileSync(process.execPath, [cli, '--workspace', workspace, 'letter', firstId, kind, '--out', pdf], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(outDir, `letter-${kind}`)]);
  }
  console.log(`Pictures written to ${outDir}`);
} finally {
  host.kill('SIGTERM');
  await rm(root, { recursive: true, force: true });
}
