/**
 * Benchmark (`npm run bench`): `casebook dossier` on a case of 200 pictures (100 JPEG photos 2400×1800 and
 * 100 PNG phone screenshots 1080×2340) against `img2pdf` (Debian package img2pdf) of the same pictures onto
 * A4, measured in the same run, each as its own process under /usr/bin/time (wall time, peak RSS).
 * Targets: ratio ≤ 1.5× and peak memory ≤ 500 MB. The dossier does more than img2pdf (cover, 证据目录,
 * heading and stamp on every page, the zip of the originals, every original re-hashed), so the ratio is
 * an upper bound of the PDF's own cost. CASEBOOK_BENCH_SCALE (e.g. 0.25) scales the picture count down.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { createHandlers } from '../../src/core/api/handlers';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import { dispatch } from '../../src/shared/api/dispatch';

const MB = 1024 * 1024;
const scale = Number(process.env.CASEBOOK_BENCH_SCALE ?? '1');
const EACH = Math.max(1, Math.round(100 * scale));
const ROUNDS = 3;
const projectRoot = resolve(import.meta.dirname, '../..');
const cli = join(projectRoot, 'out/main/cli.js');

/**
 * A photo-like JPEG: smooth colour fields (upscaled noise) with fine grain, about what a phone's
 * 4-megapixel shot of a screen weighs at quality 88.
 */
async function photo(path: string, seed: number): Promise<void> {
  const base = await sharp({ create: { width: 48, height: 36, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 110 + (seed % 40), sigma: 60 } } })
    .resize(2400, 1800, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  const grain = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 0, sigma: 6 } } }).raw().toBuffer();
  for (let i = 0; i < base.length; i++) base[i] = Math.max(0, Math.min(255, base[i]! + grain[i]! - 3));
  await sharp(base, { raw: { width: 2400, height: 1800, channels: 3 } }).jpeg({ quality: 88 }).toFile(path);
}

/** A phone screenshot: flat background, chat bubbles, lines of text-like marks, an embedded photo. */
async function screenshot(path: string, seed: number): Promise<void> {
  const bubbles = Array.from({ length: 14 }, (_, i) => {
    const y = 220 + i * 150;
    const mine = (i + seed) % 3 === 0;
    const x = mine ? 380 : 140;
    const marks = Array.from({ length: 3 }, (_, line) => `<rect x="${x + 30}" y="${y + 28 + line * 34}" width="${300 + ((seed * 7 + i * 13 + line * 29) % 220)}" height="18" rx="4" fill="#3a3a3a"/>`).join('');
    return `<rect x="${x}" y="${y}" width="560" height="130" rx="18" fill="${mine ? '#95ec69' : '#ffffff'}"/>${marks}`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="2340"><rect width="100%" height="100%" fill="#ededed"/><rect width="100%" height="180" fill="#f7f7f7"/>${bubbles}</svg>`;
  const picture = await sharp({ create: { width: 360, height: 270, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 50 } } }).blur(1.2).png().toBuffer();
  await sharp(Buffer.from(svg))
    .composite([{ input: picture, left: 140, top: 2360 - 400 }])
    .flatten({ background: '#ededed' })
    .png({ compressionLevel: 6 })
    .toFile(path);
}

/** Runs a command under /usr/bin/time: wall seconds and peak resident memory of the process. */
function timed(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): { seconds: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { encoding: 'utf8', env: env ?? process.env, maxBuffer: 64 * MB });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  const [seconds, kilobytes] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number];
  return { seconds, peakMb: kilobytes / 1024 };
}

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'casebook-bench-dossier-'));
  const sources = join(root, 'sources');
  await mkdir(sources);
  const files: string[] = [];
  for (let i = 0; i < EACH; i++) {
    const n = String(i + 1).padStart(3, '0');
    files.push(join(sources, `照片${n}.jpg`), join(sources, `截图${n}.png`));
    await photo(files.at(-2)!, i);
    await screenshot(files.at(-1)!, i);
  }
  let totalBytes = 0;
  for (const file of files) totalBytes += (await stat(file)).size;

  // The case, made in-process (setup, not measured): the pictures imported and labelled as a person would.
  const workspace = join(root, 'workspace');
  const env = { ...process.env, CASEBOOK_CONFIG_DIR: join(root, 'config') };
  process.env.CASEBOOK_CONFIG_DIR = env.CASEBOOK_CONFIG_DIR;
  const session = await WorkspaceSession.open(workspace);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(createHandlers(session), channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const intake = JSON.parse(await readFile(join(projectRoot, 'tests/fixtures/intake/xingyao-invalid-card-key.json'), 'utf8')) as unknown;
  const { id } = await call<{ id: string }>('cases:create', { intake });
  await call('evidence:import-paths', { caseId: id, paths: files });
  const { items } = await call<{ items: { id: string; originalName: string }[] }>('evidence:list', { caseId: id });
  for (const item of items) {
    const photoItem = item.originalName.endsWith('.jpg');
    const labels = photoItem
      ? { title: `现场照片${item.originalName.slice(2, 5)}`, source: '本人手机拍摄', purpose: '证明卡密兑换失败的页面', category: 'anomaly' }
      : { title: `聊天截图${item.originalName.slice(2, 5)}`, source: '与平台客服的聊天记录截图', purpose: '证明客服承诺处理而未处理', category: 'communication' };
    await call('evidence:update', { caseId: id, itemId: item.id, labels });
  }
  session.close();
  execFileSync('sync');

  const baselineRuns: { seconds: number; peakMb: number }[] = [];
  const dossierRuns: { seconds: number; peakMb: number }[] = [];
  let sizes = { img2pdf: 0, dossier: 0, zip: 0, pages: 0 };
  const runBaseline = async (round: number) => {
    const out = join(root, `img2pdf-${round}.pdf`);
    baselineRuns.push(timed('img2pdf', ['--pagesize', 'A4', '-o', out, ...files]));
    sizes.img2pdf = (await stat(out)).size;
    await rm(out);
  };
  const runDossier = async (round: number) => {
    const out = join(root, `dossier-${round}`);
    dossierRuns.push(timed(process.execPath, [cli, '--workspace', workspace, 'dossier', id, '--out', out, '--json'], env));
    const [pdf, zip] = ['pdf', 'zip'].map((ext) => join(out, `${resolveFolder(workspace)}-卷宗.${ext}`)) as [string, string];
    sizes = { ...sizes, dossier: (await stat(pdf)).size, zip: (await stat(zip)).size, pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]) };
    await rm(out, { recursive: true });
  };
  // Which one goes first alternates, so neither always pays for the other's disk write-back.
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      await runBaseline(round);
      await runDossier(round);
    } else {
      await runDossier(round);
      await runBaseline(round);
    }
  }
  const median = (runs: { seconds: number }[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!.seconds;
  const baseline = median(baselineRuns);
  const dossier = median(dossierRuns);
  const ratio = dossier / baseline;
  const peak = Math.max(...dossierRuns.map((run) => run.peakMb));
  const list = (runs: { seconds: number }[]) => runs.map((run) => run.seconds.toFixed(2)).join(' / ');
  console.log(`dossier: ${files.length} pictures (${EACH} JPEG 2400×1800, ${EACH} PNG 1080×2340), ${(totalBytes / MB).toFixed(0)} MB, median of ${ROUNDS} alternating rounds`);
  console.log(`  baseline img2pdf --pagesize A4: ${baseline.toFixed(2)} s (${list(baselineRuns)}), ${(sizes.img2pdf / MB).toFixed(1)} MB PDF`);
  console.log(
    `  casebook dossier (PDF + zip of the originals): ${dossier.toFixed(2)} s (${list(dossierRuns)}), ${sizes.pages} pages, ${(sizes.dossier / MB).toFixed(1)} MB PDF, ${(sizes.zip / MB).toFixed(1)} MB zip`,
  );
  console.log(`  ratio: ${ratio.toFixed(2)}× (target ≤ 1.50×) ${ratio <= 1.5 ? 'OK' : 'OVER'}`);
  console.log(`  peak RSS: ${peak.toFixed(0)} MB (img2pdf ${Math.max(...baselineRuns.map((run) => run.peakMb)).toFixed(0)} MB; target ≤ 500 MB) ${peak <= 500 ? 'OK' : 'OVER'}`);
  await rm(root, { recursive: true, force: true });
}

/** The one case folder of the bench's workspace. */
const resolveFolder = (workspace: string): string => readdirSync(join(workspace, 'cases'))[0]!;

await main();
