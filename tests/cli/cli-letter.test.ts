/** `casebook letter`, run as the BUILT command (`npm run build` first) on a case seeded in-process. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../src/shared/domain/letters';
import { cliCommandMessages } from '../../src/shared/messages';
import { letterDisclaimer, letterText } from '../../src/shared/messages/letters';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';
import { xingyaoContacts } from '../core/sample-case';

const ORDER = 'KM20240520143208001';
// The contacts include an earlier complaint e-mail: this one is a 催告.
const SUBJECT = `催告+${ORDER}+游戏卡密无效`;


const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('casebook letter (built CLI)', () => {
  let root: string;
  let workspace: string;
  let out: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;

  const cli = (...args: string[]) => runCli(workspace, env, args);
  const letter = (kind: string, file: string, ...flags: string[]) => cli('letter', caseId, kind, '--out', join(out, file), ...flags);

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-letter-'));
    workspace = join(root, 'workspace');
    out = join(root, 'out');
    env = isolatedEnv(join(root, 'config'));
    const png = join(root, '订单支付截图.png');
    await sharp({ create: { width: 120, height: 200, channels: 3, background: '#f4f6fb' } }).png().toFile(png);
    ({ id: caseId } = await seedCase(workspace, env, { events: xingyaoContacts(), evidence: [{ paths: [png], category: 'transaction' }] }));
    await mkdir(out);
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  // 民事起诉状 needs an ID number and 证据目录 each exhibit's source and purpose, which the fixture and
  // `evidence add` do not give; those two are checked for refusing below.
  const generated = LETTER_KINDS.filter((kind) => kind !== 'court-complaint' && kind !== 'evidence-list');

  // Every kind as text, and one kind in each other format: what a kind puts into a PDF or an e-mail is
  // checked in-process (tests/core/letters), the same code the command calls.
  const runs = [...generated.map((kind) => [kind, 'txt'] as const), ['cs-email', 'pdf'] as const, ['cs-email', 'eml'] as const];
  it.each(runs)(
    'writes %s as a non-empty .%s and prints its path',
    async (kind, format) => {
      const run = await letter(kind, `${kind}.${format}`);
      // The disclaimer goes beside the document, on stderr, never into it; so do the warnings (the
      // case's 黑猫 complaint was filed already: a new one is pointed to the 二次投诉).
      const stderr = run.stderr.trim().split('\n');
      expect(stderr.at(-1)).toBe(letterDisclaimer);
      expect(stderr.slice(0, -1)).toEqual(kind === 'blackcat' ? [cliCommandMessages.letterWarning(letterText.warning.blackcatFiled('2024年6月6日', '17350012345'))] : []);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(join(out, `${kind}.${format}`));
      expect((await readFile(join(out, `${kind}.${format}`))).length).toBeGreaterThan(100);
    },
  );

  it('txt carries the order number and the complaint subject, and no disclaimer', async () => {
    const text = await readFile(join(out, 'cs-email.txt'), 'utf8');
    expect(text).toContain(ORDER);
    expect(text).toContain(`主题：${SUBJECT}`);
    for (const kind of generated) expect(await readFile(join(out, `${kind}.txt`), 'utf8'), kind).not.toMatch(/仅为草稿|不构成法律意见/);
  });

  it('pdf is a PDF whose text is the complaint, not a court complaint; --json names file, format, kind and pages', async () => {
    const run = await letter('cs-email', 'json.pdf', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { file: string; format: string; kind: string; pages: number };
    expect(result).toMatchObject({ file: join(out, 'json.pdf'), format: 'pdf', kind: 'cs-email' });
    expect(result.pages).toBeGreaterThanOrEqual(1);
    expect((await readFile(result.file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.skipIf(!hasPdftotext)('pdftotext reads the subject and order number (skipped without poppler-utils: pdftotext not installed)', () => {
    const text = execFileSync('pdftotext', [join(out, 'cs-email.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(ORDER);
    expect(text.replace(/\s+/g, '')).toContain(SUBJECT);
    expect(text).not.toContain('民事起诉状');
  });

  it('eml has the Chinese subject, a plain body and the evidence bundle attached as a PDF', async () => {
    const mail = await simpleParser(await readFile(join(out, 'cs-email.eml')));
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.text).toContain(ORDER);
    expect(mail.text).not.toContain(letterDisclaimer);
    expect(mail.from?.text).toContain('liming2024@example.com');
    const pdfs = mail.attachments.filter((a) => a.filename?.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('takes the format from --format over the extension, and defaults to pdf for other extensions', async () => {
    const forced = await letter('cs-email', 'forced.pdf', '--format', 'txt', '--json');
    expect(JSON.parse(forced.stdout)).toMatchObject({ format: 'txt' });
    expect(await readFile(join(out, 'forced.pdf'), 'utf8')).toContain(SUBJECT);
    const other = await letter('cs-email', 'letter.doc', '--json');
    expect(JSON.parse(other.stdout)).toMatchObject({ format: 'pdf' });
  });

  it('court-complaint exits 2 naming the missing 身份证号码, and creates no file', async () => {
    const run = await letter('court-complaint', 'court.pdf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('complainant.idNumber（身份证号码）：缺少');
    expect(run.stdout).toBe('');
    expect(existsSync(join(out, 'court.pdf'))).toBe(false);
  });

  it('evidence-list exits 2 naming each exhibit fact it lacks', async () => {
    const run = await letter('evidence-list', 'list.pdf');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('证据1缺少证明目的');
    expect(run.stderr).toContain('证据1缺少证据来源');
    expect(existsSync(join(out, 'list.pdf'))).toBe(false);
  });

  it('an unknown kind exits 2 listing the kinds; an unknown case and a missing folder exit 2; no temp files stay', async () => {
    const unknown = await letter('complaint', 'x.pdf');
    expect(unknown.code).toBe(2);
    for (const kind of LETTER_KINDS) expect(unknown.stderr).toContain(kind);
    expect((await cli('letter', 'no-such-case', 'cs-email', '--out', join(out, 'y.pdf'))).code).toBe(2);
    const noFolder = await cli('letter', caseId, 'cs-email', '--out', join(out, 'missing', 'z.pdf'));
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('无法写入文件');
    expect((await readdir(out)).filter((name) => /\.tmp-|^[xyz]\./.test(name))).toEqual([]);
  });
});
