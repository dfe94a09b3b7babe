/** `casebook evidence label|order` and `casebook claims`, run as the BUILT command, then the court papers they make possible. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { letterDisclaimer } from '../../src/shared/messages/letters';
import { topUpIntake } from '../core/sample-case';
import { isolatedEnv, requireBuiltCli, runCli } from './support/built-cli';
import { seedCase } from './support/seed-case';

interface ListedItem {
  id: string;
  exhibitNumber?: number;
  title: string;
  purpose: string;
  source: string;
}

// Each test runs the CLI several times; on a busy machine a start takes seconds, so the limit is generous (not a speed target).
const SPAWNS = { timeout: 180_000 };

describe('casebook evidence label, evidence order and claims (built CLI)', () => {
  let root: string;
  let workspace: string;
  let env: NodeJS.ProcessEnv;
  let caseId: string;

  const cli = (...args: string[]) => runCli(workspace, env, args);
  const file = async (name: string, content: unknown) => {
    const path = join(root, name);
    await writeFile(path, JSON.stringify(content));
    return path;
  };
  const listed = async () => (JSON.parse((await cli('evidence', 'list', caseId, '--json')).stdout) as { items: ListedItem[] }).items;

  beforeAll(async () => {
    requireBuiltCli();
    root = await mkdtemp(join(tmpdir(), 'casebook-cli-labels-'));
    workspace = join(root, 'workspace');
    env = isolatedEnv(join(root, 'config'));
    const pictures = ['充值记录截图.png', '账号未到账截图.png', '聊天截图.png'];
    for (const [i, name] of pictures.entries()) {
      await sharp({ create: { width: 80 + i, height: 120, channels: 3, background: '#eef2f7' } }).png().toFile(join(root, name));
    }
    // Set up in-process: the commands under test are the ones spawned.
    caseId = (await seedCase(workspace, env, { intake: topUpIntake(), evidence: [{ paths: pictures.map((name) => join(root, name)), category: 'transaction' }] })).id;
  }, SPAWNS.timeout);

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('evidence label sets an item’s labels by exhibit number (3 or 证据3) or id; prints it with --json', async () => {
    const labels = { category: 'communication', title: '客服聊天截图', purpose: '证明客服仅提出20元优惠券', source: '平台在线客服', elements: ['event'] };
    const run = await cli('evidence', 'label', caseId, '证据3', '--file', await file('labels-3.json', labels), '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ exhibitNumber: 3, ...labels });
    const [first] = await listed();
    const byId = await cli('evidence', 'label', caseId, first!.id, '--file', await file('labels-1.json', { title: '充值订单截图', purpose: '证明已支付6800元', source: '平台订单页截图' }));
    expect(byId.code, byId.stderr).toBe(0);
    expect(byId.stdout).toContain('已更新 证据1：充值订单截图');
    expect((await cli('evidence', 'label', caseId, '2', '--file', await file('labels-2.json', { purpose: '证明充值未到账', source: '游戏客户端截图' }))).code).toBe(0);
  }, SPAWNS.timeout);

  it('evidence label exits 2 naming a bad field or an unknown item, and changes nothing', async () => {
    const before = await listed();
    const bad = await cli('evidence', 'label', caseId, '1', '--file', await file('bad.json', { capturedAt: '昨天', category: 'video' }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('labels.capturedAt（证据形成时间）');
    expect(bad.stderr).toContain('labels.category（分类）');
    const unknown = await cli('evidence', 'label', caseId, '证据9', '--file', await file('ok.json', { title: 'x' }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('找不到证据“证据9”');
    expect(await listed()).toEqual(before);
  }, SPAWNS.timeout);

  it('evidence order puts the items named first, in that order, and keeps the rest as they were', async () => {
    const before = await listed();
    const run = await cli('evidence', 'order', caseId, '3', '证据1', '--json');
    expect(run.code, run.stderr).toBe(0);
    const after = (JSON.parse(run.stdout) as { items: ListedItem[] }).items;
    expect(after.map((item) => item.id)).toEqual([before[2]!.id, before[0]!.id, before[1]!.id]);
    expect(after.map((item) => item.exhibitNumber)).toEqual([1, 2, 3]);
    const twice = await cli('evidence', 'order', caseId, '1', '证据1');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('写了两次');
  }, SPAWNS.timeout);

  it('claims prints the claim model; with --file it sets the claims first; bad fields exit 2 naming them', async () => {
    const shown = await cli('claims', caseId);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('退还货款');
    const set = await cli('claims', caseId, '--file', await file('claims.json', { fraud: true, platformPromise: { text: '假一赔三', multiplier: 3 } }), '--json');
    expect(set.code, set.stderr).toBe(0);
    const model = JSON.parse(set.stdout) as { claims: object; items: { kind: string; amountFen: number; basis: { id: string; label: string }[] }[]; notAdded?: { kind: string }; totalFen: number; warnings: { kind: string; message: string }[] };
    expect(model.claims).toEqual({ fraud: true, platformPromise: { text: '假一赔三', multiplier: 3 } });
    expect(model.items.map((item) => [item.kind, item.amountFen, item.basis.map((b) => b.id)])).toEqual([
      ['refund', 6_800_00, ['civil577']],
      ['statutory-multiple', 20_400_00, ['consumer55']],
    ]);
    expect(model.notAdded?.kind).toBe('promised-multiple');
    expect(model.totalFen).toBe(27_200_00);
    expect(model.warnings.map((w) => w.kind)).toEqual(['demand-below-total']);
    const text = await cli('claims', caseId);
    expect(text.stdout).toContain('合计（各文书使用）：27,200.00 元');
    expect(text.stdout).toContain('消保法第55条第1款');
    const bad = await cli('claims', caseId, '--file', await file('bad-claims.json', { fraud: 'yes', platformPromise: { text: '假一赔三', multiplier: 0 } }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('claims.fraud（主张欺诈）');
    expect(bad.stderr).toContain('claims.platformPromise.multiplier（倍数）');
  }, SPAWNS.timeout);

  it('with every exhibit labelled, letter evidence-list and court-complaint succeed; the disclaimer and the claim warning go to stderr', async () => {
    for (const kind of ['evidence-list', 'court-complaint']) {
      const out = join(root, `${kind}.pdf`);
      const run = await cli('letter', caseId, kind, '--out', out);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(letterDisclaimer);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).not.toMatch(/仅为草稿|不构成法律意见/);
      if (kind === 'court-complaint') {
        expect(run.stderr).toContain('请注意：诉求金额 20,400.00 元 少于各项合计 27,200.00 元');
        expect(text).toContain('以上金额合计：人民币27,200.00元');
      } else {
        expect(text).toContain('举证人：原告王磊（签名）');
      }
    }
  }, SPAWNS.timeout);
});
