import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withCaseLock } from '../../../src/core/cases/case-lock';
import { STAGING_DIR } from '../../../src/core/evidence/stage-copy';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { writeCaseFolder } from '../case-folders';
import { sampleFacts, v1FixtureText, v2FixtureText } from '../sample-case';
import { tempDir } from '../temp-dir';

const sessions: WorkspaceSession[] = [];
const openSession = async (dir: string) => {
  const session = await WorkspaceSession.open(dir, { env: { CASEBOOK_CONFIG_DIR: join(dir, '..', 'config') } });
  sessions.push(session);
  return session;
};
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

describe('WorkspaceSession', () => {
  it('creates the workspace layout when opening an empty or missing folder', async () => {
    const root = join(tempDir(), '我的案件');
    const session = await openSession(root);
    expect(session.root).toBe(root);
    expect(readdirSync(root).sort()).toEqual(['.casebook', 'cases']);
    expect(existsSync(join(root, '.casebook', 'index.sqlite'))).toBe(true);
    expect(session.info()).toEqual({ path: root, caseCount: 0, damagedCount: 0 });
  });

  it('sweeps temp files left in case folders by a crash', async () => {
    const root = tempDir();
    const dir = writeCaseFolder(join(root, 'cases'), '20240520-星耀卡盟-KM1', v1FixtureText());
    const letterDir = join(dir, 'letters', '01J0ABCDEFGHJKMNPQRSTVWXYZ-cs-email');
    mkdirSync(letterDir, { recursive: true });
    const thumbnails = join(root, '.casebook', 'thumbnails');
    mkdirSync(thumbnails, { recursive: true });
    const leftovers = [
      join(dir, 'case.json.tmp-00112233aabb'),
      join(dir, 'letters', 'letters.json.tmp-00112233aabc'),
      join(letterDir, 'v2.pdf.tmp-00112233aabd'),
      join(thumbnails, `${'a'.repeat(64)}.webp.tmp-00112233aabe`),
    ];
    const old = new Date(Date.now() - 10 * 60_000);
    for (const leftover of leftovers) {
      writeFileSync(leftover, '{"half written');
      utimesSync(leftover, old, old);
    }
    await openSession(root);
    for (const leftover of leftovers) expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['case.json', 'evidence', 'letters']);
  });

  it('finds cases added while it was closed, and rebuilds a deleted index', async () => {
    const root = tempDir();
    const first = await openSession(root);
    const { folder } = await first.cases.create(sampleFacts());
    first.close();
    sessions.pop();
    writeCaseFolder(join(root, 'cases'), '20240602-旧版-KM3', v1FixtureText());
    rmSync(join(root, '.casebook'), { recursive: true });

    const second = await openSession(root);
    const listed = [
      ...second.cases.list({ view: 'active' }).cases,
      ...second.cases.list({ view: 'archived' }).cases,
    ].map((c) => c.folder);
    expect(listed.sort()).toEqual([folder, '20240602-旧版-KM3'].sort());
  });

  it('reads a version 1 file without rewriting it, and writes the current version on the next edit', async () => {
    const root = tempDir();
    const dir = writeCaseFolder(join(root, 'cases'), '20240602-旧版-KM3', v1FixtureText());
    const session = await openSession(root);
    const detail = await session.cases.get('01HYBZ3K8Q4M7XN2P5R6T9VWCD');
    expect(detail.record).toMatchObject({ schemaVersion: 4, status: 'negotiating', lifecycle: 'archived' });
    expect(readFileSync(join(dir, 'case.json'), 'utf8')).toBe(v1FixtureText());

    await session.cases.setLifecycle('20240602-旧版-KM3', 'active');
    const stored = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
    expect(stored).toMatchObject({ schemaVersion: 4, lifecycle: 'active', order: { amountPaidFen: 9800 } });
    expect(stored).not.toHaveProperty('version');
  });

  it('reads a version 2 file without rewriting it; setting claims writes the current version', async () => {
    const root = tempDir();
    const dir = writeCaseFolder(join(root, 'cases'), '20240601-极速卡盟-JS1', v2FixtureText());
    const session = await openSession(root);
    expect((await session.cases.get('20240601-极速卡盟-JS1')).record).toMatchObject({ schemaVersion: 4, status: 'complained' });
    expect(readFileSync(join(dir, 'case.json'), 'utf8')).toBe(v2FixtureText());

    await session.cases.setClaims('01HZ8R2M4N6P8Q0S2T4V6W8X0Y', { fraud: true });
    expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toMatchObject({ schemaVersion: 4, claims: { fraud: true } });
  });

  it('answers not-found for a case whose folder was removed behind its back', async () => {
    const root = tempDir();
    const session = await openSession(root);
    const { id, folder } = await session.cases.create(sampleFacts());
    rmSync(join(root, 'cases', folder), { recursive: true });
    await expect(session.cases.setStatus(id, 'closed')).rejects.toMatchObject({ code: 'not-found' });
    await expect(session.cases.get(folder)).rejects.toMatchObject({ code: 'not-found' });
    expect(session.info()).toMatchObject({ caseCount: 0, damagedCount: 0 });
  });

  it('answers damaged for the duplicate of a case, and serves a repaired file at once', async () => {
    const root = tempDir();
    const session = await openSession(root);
    const { folder } = await session.cases.create(sampleFacts());
    const text = readFileSync(join(root, 'cases', folder, 'case.json'), 'utf8');
    writeCaseFolder(join(root, 'cases'), `${folder}-副本`, text);
    await session.rebuildIndex();
    await expect(session.cases.get(`${folder}-副本`)).rejects.toMatchObject({ code: 'damaged' });
    await expect(session.cases.setStatus(`${folder}-副本`, 'closed')).rejects.toMatchObject({ code: 'damaged' });
    expect(readFileSync(join(root, 'cases', `${folder}-副本`, 'case.json'), 'utf8')).toBe(text);

    writeFileSync(join(root, 'cases', folder, 'case.json'), '{ oops');
    await expect(session.cases.get(folder)).rejects.toMatchObject({ code: 'damaged', message: expect.stringContaining('JSON') });
    writeFileSync(join(root, 'cases', folder, 'case.json'), text);
    expect((await session.cases.get(folder)).folder).toBe(folder);
    expect(session.info().damagedCount).toBe(1);
  });

  it('stays on the current workspace when switching fails', async () => {
    const root = tempDir();
    const session = await openSession(root);
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    await expect(session.switchTo(file)).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('不是一个文件夹') });
    expect(session.info().path).toBe(root);
  });
});

describe('start-up recovery of interrupted imports', () => {
  const longAgo = new Date(Date.now() - 10 * 60_000);
  /** A stray staging file of an import that never committed, old enough not to be a copy in progress. */
  const writeStray = (caseDir: string) => {
    mkdirSync(join(caseDir, STAGING_DIR), { recursive: true });
    const stray = join(caseDir, STAGING_DIR, '01J0STRAYSTRAYSTRAYSTRAYST.part');
    writeFileSync(stray, '半截的录屏');
    utimesSync(stray, longAgo, longAgo);
    return stray;
  };

  it('finishes a committed import, removes a stray staging file and repairs a torn audit line', async () => {
    const root = tempDir();
    const first = await openSession(root);
    const { id } = await first.cases.create(sampleFacts());
    const source = join(tempDir(), '订单支付截图.txt');
    writeFileSync(source, '支付宝账单 98.00');
    const [item] = (await first.evidence.importPaths({ caseId: id, paths: [source] })).imported;
    const caseDir = (await first.cases.locate(id)).path;
    first.close();
    sessions.pop();

    // The crash: evidence.json names the item, but its file never left staging; another import died
    // mid-copy; an audit append was cut short.
    renameSync(join(caseDir, item!.storedPath), join(caseDir, STAGING_DIR, `${item!.id}.part`));
    const stray = writeStray(caseDir);
    appendFileSync(join(caseDir, 'audit.jsonl'), '{"seq":99,"at":"2024-05-');

    const second = await openSession(root);
    expect(second.recovery.skipped).toEqual([]);
    expect(second.recovery.recovered).toEqual([
      { folder: expect.any(String), report: { completed: [item!.id], discarded: ['01J0STRAYSTRAYSTRAYSTRAYST.part'], auditTailRepaired: true } },
    ]);
    expect(readFileSync(join(caseDir, item!.storedPath), 'utf8')).toBe('支付宝账单 98.00');
    expect(existsSync(stray)).toBe(false);
    expect(readdirSync(join(caseDir, STAGING_DIR))).toEqual([]);
    expect(readFileSync(join(caseDir, 'audit.jsonl'), 'utf8')).toMatch(/evidence\.import-recovered.*\n$/);
    expect(await second.evidence.verify(id)).toEqual({ ok: true, checked: 1, problems: [] });
  });

  it('leaves alone folders without traces, and skips a case another process holds locked without failing the open', async () => {
    const root = tempDir();
    const first = await openSession(root);
    const { id, folder } = await first.cases.create(sampleFacts());
    await first.cases.create(sampleFacts());
    first.close();
    sessions.pop();
    const caseDir = join(root, 'cases', folder);
    const stray = writeStray(caseDir);

    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const held = withCaseLock(caseDir, folder, () => new Promise<void>((resolve) => ((release = resolve), locked())));
    await isLocked;
    const second = await openSession(root);
    release();
    await held;
    expect(second.recovery).toEqual({ recovered: [], skipped: [{ folder, reason: expect.stringContaining('正在被其他窗口或命令行修改') }] });
    expect(existsSync(stray)).toBe(true);
    expect(second.info().caseCount).toBe(2);
    expect((await second.cases.get(id)).folder).toBe(folder);
    second.close();
    sessions.pop();

    const third = await openSession(root);
    expect(third.recovery.recovered.map((r) => r.folder)).toEqual([folder]);
    expect(existsSync(stray)).toBe(false);
  });
});
