import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withCaseLock } from '../../../src/core/cases/case-lock';
import { CaseStore } from '../../../src/core/cases/case-store';
import { EvidenceLocker } from '../../../src/core/evidence/evidence-locker';
import { CaseIndex } from '../../../src/core/index/case-index';
import { openIndexDb, type IndexDb } from '../../../src/core/index/index-db';
import { syncIndex } from '../../../src/core/index/reindex';
import { serializeTimelineFile, TIMELINE_FILE_VERSION } from '../../../src/core/timeline/timeline-file';
import { toChinaIso } from '../../../src/shared/validation/date-time';
import { copyCaseFolder, writeCaseFolder } from '../case-folders';
import { sampleRecord, v1FixtureText } from '../sample-case';
import { tempDir } from '../temp-dir';
import { pinnedClock } from '../pinned-clock';

// Deadlines are counted on a Wednesday after Golden Week 2026.
const clock = pinnedClock('2026-10-14');
const open: IndexDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function workspace() {
  const root = tempDir();
  const casesDir = join(root, 'cases');
  const indexPath = join(root, 'index.sqlite');
  mkdirSync(casesDir);
  const store = new CaseStore(casesDir);
  writeCaseFolder(casesDir, '.keep', '').toString();
  const openIndex = () => {
    const db = openIndexDb(indexPath);
    open.push(db);
    return new CaseIndex(db);
  };
  return { root, casesDir, indexPath, store, openIndex };
}

const everything = (index: CaseIndex) => ({
  active: index.list({ view: 'active' }),
  archived: index.list({ view: 'archived' }),
  trashed: index.list({ view: 'trashed' }),
});

describe('syncIndex', () => {
  it('gives the same listing after the index file is deleted and rebuilt', async () => {
    const ws = workspace();
    writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', sampleRecord());
    writeCaseFolder(ws.casesDir, '20240601-极速卡盟-KM2', sampleRecord({ lifecycle: 'archived', status: 'closed' }));
    writeCaseFolder(ws.casesDir, '20240602-旧版-KM3', v1FixtureText());
    writeCaseFolder(ws.casesDir, '20240603-坏的-KM4', '{ "schemaVersion": 2, ');
    const index = ws.openIndex();
    const report = await syncIndex(ws.store, index, clock, { full: true });
    expect(report).toMatchObject({ indexed: 3, damaged: [{ folder: '20240603-坏的-KM4' }] });
    const before = everything(index);
    open.pop()?.close();

    for (const suffix of ['', '-wal', '-shm']) rmSync(`${ws.indexPath}${suffix}`, { force: true });
    const rebuilt = ws.openIndex();
    await syncIndex(ws.store, rebuilt, clock);
    expect(everything(rebuilt)).toEqual(before);
  });

  it('shows a folder copied in from elsewhere, on reindex and on the next incremental sync', async () => {
    const ws = workspace();
    writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', sampleRecord());
    const index = ws.openIndex();
    await syncIndex(ws.store, index, clock);

    const elsewhere = workspace();
    const source = writeCaseFolder(elsewhere.casesDir, '20240701-别处-KM9', sampleRecord({ title: '从别的电脑复制来的案件' }));
    copyCaseFolder(source, ws.casesDir, '20240701-别处-KM9');

    const report = await syncIndex(ws.store, index, clock);
    expect(report).toMatchObject({ indexed: 2, reparsed: 1, removed: 0 });
    expect(index.list({ view: 'active', query: '别的电脑' }).cases.map((c) => c.folder)).toEqual(['20240701-别处-KM9']);
    expect((await syncIndex(ws.store, index, clock, { full: true })).indexed).toBe(2);
  });

  it('lists a damaged folder with its reason and leaves its file byte for byte as it was', async () => {
    const ws = workspace();
    const text = '{\n  "schemaVersion": 2,\n  "id" "01HYC",\n}\n';
    const dir = writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', text);
    const mtime = statSync(join(dir, 'case.json')).mtimeMs;
    const index = ws.openIndex();
    const report = await syncIndex(ws.store, index, clock);
    expect(report.damaged).toEqual([{ folder: '20240520-星耀卡盟-KM1', reason: 'case.json 不是有效的 JSON（第 3 行）' }]);
    expect(index.list({ view: 'archived' }).damaged).toHaveLength(1);
    expect(readFileSync(join(dir, 'case.json'), 'utf8')).toBe(text);
    expect(statSync(join(dir, 'case.json')).mtimeMs).toBe(mtime);
  });

  it('picks up a repaired folder and drops vanished ones', async () => {
    const ws = workspace();
    const dir = writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', 'not json');
    writeCaseFolder(ws.casesDir, '20240521-要删除-KM2', sampleRecord());
    const index = ws.openIndex();
    await syncIndex(ws.store, index, clock);
    expect(index.counts()).toEqual({ caseCount: 1, damagedCount: 1 });

    writeFileSync(join(dir, 'case.json'), JSON.stringify(sampleRecord()));
    rmSync(join(ws.casesDir, '20240521-要删除-KM2'), { recursive: true });
    const report = await syncIndex(ws.store, index, clock);
    expect(report).toMatchObject({ indexed: 1, damaged: [], removed: 1 });
    expect(index.list({ view: 'active' }).cases.map((c) => c.folder)).toEqual(['20240520-星耀卡盟-KM1']);
  });

  it('re-reads a case.json whose size or mtime changed, and only that one', async () => {
    const ws = workspace();
    const record = sampleRecord();
    const dir = writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', record);
    writeCaseFolder(ws.casesDir, '20240521-另一个-KM2', sampleRecord());
    const index = ws.openIndex();
    await syncIndex(ws.store, index, clock);

    writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', { ...record, status: 'litigation' });
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'case.json'), later, later);
    const report = await syncIndex(ws.store, index, clock);
    expect(report.reparsed).toBe(1);
    expect(index.list({ view: 'active', status: 'litigation' }).cases).toHaveLength(1);
  });

  it('never merges two folders with the same case id: the one sorting first keeps it, in any order', async () => {
    const ws = workspace();
    const record = sampleRecord();
    writeCaseFolder(ws.casesDir, '20240520-B-副本', record);
    const index = ws.openIndex();
    await syncIndex(ws.store, index, clock);
    // A copy whose name sorts first arrives later: the outcome must match a rebuild from scratch.
    writeCaseFolder(ws.casesDir, '20240520-A-原件', record);
    const incremental = await syncIndex(ws.store, index, clock);
    const rebuilt = await syncIndex(ws.store, index, clock, { full: true });
    for (const report of [incremental, rebuilt]) {
      expect(report.indexed).toBe(1);
      expect(report.damaged).toEqual([
        { folder: '20240520-B-副本', reason: expect.stringContaining('与文件夹“20240520-A-原件”中的案件重复') },
      ]);
    }
    expect(index.resolve(record.id)).toEqual({ kind: 'case', id: record.id, folder: '20240520-A-原件' });

    // When the original goes away, the copy is no longer a duplicate.
    renameSync(join(ws.casesDir, '20240520-A-原件'), join(ws.root, 'moved-away'));
    expect(await syncIndex(ws.store, index, clock)).toMatchObject({ indexed: 1, damaged: [] });
    expect(index.resolve(record.id)).toMatchObject({ folder: '20240520-B-副本' });
  });

  // How fast this is belongs to `npm run bench` (tests/bench/workspace-index.bench.ts), not to a test.
  it('syncs 1,000 unchanged cases without parsing any, and lists and searches them all', async () => {
    const ws = workspace();
    for (let i = 0; i < 1000; i++) {
      const n = String(i).padStart(4, '0');
      writeCaseFolder(
        ws.casesDir,
        `20240520-卡盟${n}-KM${n}`,
        sampleRecord({ title: `案件 ${n}`, updatedAt: `2024-05-21T09:${String(i % 60).padStart(2, '0')}:00+08:00` }),
      );
    }
    const index = ws.openIndex();
    expect((await syncIndex(ws.store, index, clock)).reparsed).toBe(1000);

    const report = await syncIndex(ws.store, index, clock);
    expect(report).toMatchObject({ indexed: 1000, reparsed: 0, removed: 0 });

    const listing = index.list({ view: 'active' });
    const found = index.list({ view: 'active', query: '案件 0999' });
    expect(listing.cases).toHaveLength(1000);
    expect(found.cases.map((c) => c.title)).toEqual(['案件 0999']);
  });

  describe('evidence mirror', () => {
    /** A case folder and a locker on it, as the CLI would use while the app runs. */
    function caseWithLocker(ws: ReturnType<typeof workspace>, folder: string) {
      const record = sampleRecord();
      const dir = writeCaseFolder(ws.casesDir, folder, record);
      const locker = new EvidenceLocker(dir, (work) => withCaseLock(dir, folder, work));
      const source = (name: string, content: string) => {
        const path = join(ws.root, name);
        writeFileSync(path, content);
        return path;
      };
      return { record, dir, locker, source };
    }
    const summary = (index: CaseIndex, id: string) => index.list({ view: 'active' }).cases.find((c) => c.id === id);

    it('shows evidence added by another process after the next sync, with its time as last activity', async () => {
      const ws = workspace();
      const { record, dir, locker, source } = caseWithLocker(ws, '20240520-星耀卡盟-KM1');
      const index = ws.openIndex();
      await syncIndex(ws.store, index, clock);
      expect(summary(index, record.id)).toMatchObject({ evidenceCount: 0, lastActivityAt: record.updatedAt });

      await locker.importFiles([source('支付宝账单.txt', '支付宝 98.00'), source('客服聊天.txt', '客服：请耐心等待')]);
      const report = await syncIndex(ws.store, index, clock);
      expect(report.reparsed).toBe(1);
      const evidenceTime = toChinaIso(statSync(join(dir, 'evidence.json')).mtime);
      expect(summary(index, record.id)).toMatchObject({ evidenceCount: 2, lastActivityAt: evidenceTime });
      expect(index.list({ view: 'active', query: '客服聊天' }).cases.map((c) => c.id)).toEqual([record.id]);

      expect((await syncIndex(ws.store, index, clock)).reparsed).toBe(0);
      const [first] = await locker.list();
      await locker.setRemoved(first!.id, true);
      await syncIndex(ws.store, index, clock);
      expect(summary(index, record.id)?.evidenceCount).toBe(1);
      expect(index.list({ view: 'active', query: first!.title }).cases).toEqual([]);
    });

    it('keeps a case with a damaged evidence.json listed, with no evidence, until the file is repaired', async () => {
      const ws = workspace();
      const { record, dir, locker, source } = caseWithLocker(ws, '20240520-星耀卡盟-KM1');
      await locker.importFile(source('a.txt', 'A'));
      const index = ws.openIndex();
      await syncIndex(ws.store, index, clock);
      expect(summary(index, record.id)?.evidenceCount).toBe(1);

      const good = readFileSync(join(dir, 'evidence.json'), 'utf8');
      writeFileSync(join(dir, 'evidence.json'), '{ "schemaVersion": 1, ');
      expect(await syncIndex(ws.store, index, clock)).toMatchObject({ indexed: 1, damaged: [] });
      expect(summary(index, record.id)?.evidenceCount).toBe(0);
      expect((await syncIndex(ws.store, index, clock, { full: true })).indexed).toBe(1);
      expect(summary(index, record.id)?.evidenceCount).toBe(0);

      writeFileSync(join(dir, 'evidence.json'), good);
      await syncIndex(ws.store, index, clock);
      expect(summary(index, record.id)?.evidenceCount).toBe(1);
    });

    it('gives the same listing, evidence and last activity after a full rebuild as after incremental syncs', async () => {
      const ws = workspace();
      const one = caseWithLocker(ws, '20240520-星耀卡盟-KM1');
      const two = caseWithLocker(ws, '20240521-极速卡盟-KM2');
      const index = ws.openIndex();
      await syncIndex(ws.store, index, clock);
      await one.locker.importFile(one.source('订单截图.txt', '订单 KM1'));
      await syncIndex(ws.store, index, clock);
      // The case file changes after the evidence: its updatedAt is the later one now.
      writeCaseFolder(ws.casesDir, '20240521-极速卡盟-KM2', { ...two.record, status: 'negotiating', updatedAt: '2099-01-01T00:00:00+08:00' });
      await two.locker.importFile(two.source('录音.txt', '通话'));
      await syncIndex(ws.store, index, clock);
      const incremental = everything(index);

      await syncIndex(ws.store, index, clock, { full: true });
      expect(everything(index)).toEqual(incremental);
      expect(summary(index, two.record.id)).toMatchObject({ evidenceCount: 1, lastActivityAt: '2099-01-01T00:00:00+08:00' });
    });
  });
});

/** A timeline.json as another process (the CLI) writes it: one promise of `days` working days made at `at`. */
function writeTimeline(dir: string, at: string, days: number, channel: 'online-cs' | 'blackcat' = 'online-cs'): void {
  const event = {
    id: '01JB0000000000000000000001',
    at,
    channel,
    direction: channel === 'online-cs' ? ('incoming' as const) : ('outgoing' as const),
    summary: '客服承诺处理',
    promisedWorkingDays: days,
    evidence: [],
    createdAt: at,
    updatedAt: at,
  };
  writeFileSync(join(dir, 'timeline.json'), serializeTimelineFile({ schemaVersion: TIMELINE_FILE_VERSION, events: [event] }));
}

describe('syncIndex and timelines', () => {
  it('picks up a timeline.json another process wrote: due date, overdue-ready listing, last activity', async () => {
    const ws = workspace();
    const dir = writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', sampleRecord());
    writeCaseFolder(ws.casesDir, '20240521-没有时间线-KM2', sampleRecord({ updatedAt: '2030-01-01T00:00:00+08:00' }));
    const index = ws.openIndex();
    await syncIndex(ws.store, index, clock);
    expect(index.list({ view: 'active' }).cases.map((c) => c.nextDueDate)).toEqual([undefined, undefined]);

    // 9-30 + 3 working days across Golden Week: 10-8, 10-9, 10-10 (调休).
    writeTimeline(dir, '2026-09-30T16:20:00+08:00', 3);
    const edited = new Date('2029-02-03T04:05:06+08:00');
    utimesSync(join(dir, 'timeline.json'), edited, edited);
    expect(await syncIndex(ws.store, index, clock)).toMatchObject({ reparsed: 1 });
    const [first, second] = index.list({ view: 'active' }).cases;
    // The case with a due date comes first, although the other one's activity is newer than its case.json.
    expect(first).toMatchObject({
      folder: '20240520-星耀卡盟-KM1',
      nextDueDate: '2026-10-10',
      dueApproximate: false,
      lastActivityAt: toChinaIso(edited),
    });
    expect(second).not.toHaveProperty('nextDueDate');
    expect((await syncIndex(ws.store, index, clock)).reparsed).toBe(0);
  });

  it('keeps a case with a damaged timeline.json listed, without a due date, and re-reads it once repaired', async () => {
    const ws = workspace();
    const dir = writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', sampleRecord());
    writeTimeline(dir, '2026-09-30T16:20:00+08:00', 3);
    const index = ws.openIndex();
    await syncIndex(ws.store, index, clock);
    writeFileSync(join(dir, 'timeline.json'), '{ "schemaVersion": 1, "events": [ ');
    expect(await syncIndex(ws.store, index, clock)).toMatchObject({ indexed: 1, damaged: [], reparsed: 1 });
    expect(index.list({ view: 'active' }).cases[0]).not.toHaveProperty('nextDueDate');
    expect((await syncIndex(ws.store, index, clock)).reparsed).toBe(0);

    writeTimeline(dir, '2026-10-12T09:00:00+08:00', 5);
    await syncIndex(ws.store, index, clock);
    expect(index.list({ view: 'active' }).cases[0]?.nextDueDate).toBe('2026-10-19');
  });

  it('reproduces due dates, path stages and last activity on a full rebuild and after the index file is deleted', async () => {
    const ws = workspace();
    writeTimeline(writeCaseFolder(ws.casesDir, '20240520-星耀卡盟-KM1', sampleRecord()), '2026-09-30T16:20:00+08:00', 3);
    writeTimeline(writeCaseFolder(ws.casesDir, '20240521-极速-KM2', sampleRecord()), '2026-10-12T09:00:00+08:00', 5, 'blackcat');
    writeCaseFolder(ws.casesDir, '20240522-无期限-KM3', sampleRecord());
    const index = ws.openIndex();
    await syncIndex(ws.store, index, clock);
    const before = everything(index);
    expect(before.active.cases.map((c) => c.nextDueDate)).toEqual(['2026-10-10', '2026-10-19', undefined]);
    // A reply alone leaves the case at 准备材料; a 黑猫 complaint moves it there.
    expect(before.active.cases.map((c) => c.pathStage)).toEqual(['prepare', 'blackcat', 'prepare']);

    await syncIndex(ws.store, index, clock, { full: true });
    expect(everything(index)).toEqual(before);
    open.pop()?.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${ws.indexPath}${suffix}`, { force: true });
    const rebuilt = ws.openIndex();
    await syncIndex(ws.store, rebuilt, clock);
    expect(everything(rebuilt)).toEqual(before);
  });
});
