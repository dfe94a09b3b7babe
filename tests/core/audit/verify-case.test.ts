/**
 * verify misses nothing: each test makes one of the changes an adversarial tester (or the other side)
 * made to a case folder, and checks verify names it — without repairing anything first.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_LOG_NAME, entryHash, sha256Hex, type AuditEntry } from '../../../src/core/audit/audit-log';
import { commitAudited } from '../../../src/core/audit/audited-change';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import type { LetterRecord } from '../../../src/shared/api/contract';
import type { VerifyProblem } from '../../../src/shared/domain/integrity';
import { sampleFacts } from '../sample-case';
import { tempDir } from '../temp-dir';

const sessions: WorkspaceSession[] = [];
afterEach(() => sessions.splice(0).forEach((session) => session.close()));
const open = async (root: string) => {
  const session = await WorkspaceSession.open(root, { env: { CASEBOOK_CONFIG_DIR: join(root, '..', 'config') } }, { today: () => '2024-06-01' });
  sessions.push(session);
  return session;
};

/** Built once: a case with two originals, a timeline entry and a saved letter; each test works on a copy. */
let template: string;
let caseId: string;
let folder: string;
let letter: LetterRecord;
beforeAll(async () => {
  // Not tempDir(): that is emptied after each test.
  template = join(mkdtempSync(join(tmpdir(), 'casebook-verify-template-')), 'ws');
  const session = await WorkspaceSession.open(template, { env: { CASEBOOK_CONFIG_DIR: join(template, '..', 'config') } });
  ({ id: caseId, folder } = await session.cases.create(sampleFacts()));
  const sources = tempDir();
  writeFileSync(join(sources, '支付宝账单.txt'), '支付宝账单 98.00');
  writeFileSync(join(sources, '客服聊天.txt'), '客服：请耐心等待');
  await session.evidence.importPaths({ caseId, paths: [join(sources, '支付宝账单.txt'), join(sources, '客服聊天.txt')] });
  await session.timeline.add(caseId, { at: '2024-05-21T10:05:00+08:00', channel: 'online-cs', direction: 'incoming', summary: '客服受理', evidence: [] });
  const built = await session.letters.build(caseId, 'cs-email');
  if (!built.ok) throw new Error('the sample case lacks facts for a letter');
  letter = (await session.letters.save(caseId, built.document, built.document)).record;
  session.close();
}, 120_000);
afterAll(() => rmSync(join(template, '..'), { recursive: true, force: true }));

/** A fresh copy of the workspace, opened as the app would. */
async function copy() {
  const root = join(tempDir(), 'ws');
  cpSync(template, root, { recursive: true });
  const session = await open(root);
  const caseDir = join(root, 'cases', folder);
  const path = (...parts: string[]) => join(caseDir, ...parts);
  const logLines = () => readFileSync(path(AUDIT_LOG_NAME), 'utf8').split('\n').filter(Boolean);
  const evidence = () => JSON.parse(readFileSync(path('evidence.json'), 'utf8')) as { order: string[]; items: { id: string; storedName: string; sha256: string; size: number }[] };
  const verify = () => session.verify(caseId);
  return { root, session, caseDir, path, logLines, evidence, verify };
}

const kinds = (problems: readonly VerifyProblem[]) => problems.map((problem) => problem.kind);

/** Rewrites the log from `lines` with every hash recomputed: consistent in itself. */
function rechain(lines: AuditEntry[]): string {
  let prev = '0'.repeat(64);
  return lines
    .map((entry, index) => {
      const { hash: _hash, ...rest } = entry;
      const unsigned = { ...rest, seq: index + 1, prev };
      const hash = entryHash(unsigned);
      prev = hash;
      return `${JSON.stringify({ ...unsigned, hash })}\n`;
    })
    .join('');
}

describe('verify', () => {
  it('reports an intact case as ok, with its chain head', async () => {
    const { verify, logLines } = await copy();
    const report = await verify();
    expect(report).toEqual({ ok: true, checked: 2, problems: [], auditHead: { lines: logLines().length, sha256: JSON.parse(logLines().at(-1)!).hash } });
  });

  it('catches the last audit line deleted, and the last five', async () => {
    const { verify, path, logLines } = await copy();
    const lines = logLines();
    writeFileSync(path(AUDIT_LOG_NAME), `${lines.slice(0, -1).join('\n')}\n`);
    const one = await verify();
    expect(one.ok).toBe(false);
    expect(one.problems).toContainEqual({ kind: 'audit-broken', line: lines.length, reason: 'truncated' });
    // The last line was the letter's save: the letter version has no line any more.
    expect(one.problems).toContainEqual({ kind: 'unaudited', record: 'letter', id: letter.id, version: 1 });
    writeFileSync(path(AUDIT_LOG_NAME), `${lines.slice(0, -5).join('\n')}\n`);
    const five = await verify();
    expect(five.problems).toContainEqual({ kind: 'audit-broken', line: lines.length, reason: 'truncated' });
    expect(kinds(five.problems)).toContain('unaudited');
  });

  it('keeps reporting lines deleted at the end while the case is written on: the chain head kept in the index does not follow the cut log', async () => {
    const { verify, path, logLines, session } = await copy();
    const lines = logLines();
    writeFileSync(path(AUDIT_LOG_NAME), `${lines.slice(0, -2).join('\n')}\n`);
    // Three more lines than were cut: an anchor that simply moved forward would now lie past the cut.
    for (const summary of ['追问进度', '再次追问', '第三次追问']) {
      await session.timeline.add(caseId, { at: '2024-05-22T10:05:00+08:00', channel: 'online-cs', direction: 'outgoing', summary, evidence: [] });
    }
    const report = await verify();
    expect(report.problems).toContainEqual({ kind: 'audit-broken', line: lines.length, reason: 'anchor' });
  });

  it('moves the chain head on as the case is written while the log is intact', async () => {
    const { verify, path, logLines, session } = await copy();
    await session.timeline.add(caseId, { at: '2024-05-22T10:05:00+08:00', channel: 'online-cs', direction: 'outgoing', summary: '追问进度', evidence: [] });
    expect((await verify()).ok).toBe(true);
    // The new line is anchored: deleting it is caught.
    const lines = logLines();
    writeFileSync(path(AUDIT_LOG_NAME), `${lines.slice(0, -1).join('\n')}\n`);
    expect((await verify()).problems).toContainEqual({ kind: 'audit-broken', line: lines.length, reason: 'truncated' });
  });

  it('catches a log truncated to nothing, and a log removed', async () => {
    const { verify, path } = await copy();
    truncateSync(path(AUDIT_LOG_NAME), 0);
    expect((await verify()).problems).toContainEqual({ kind: 'audit-broken', line: 0, reason: 'empty' });
    unlinkSync(path(AUDIT_LOG_NAME));
    const report = await verify();
    expect(report.problems).toContainEqual({ kind: 'audit-broken', line: 0, reason: 'missing' });
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'unaudited', record: 'evidence' }));
  });

  it('catches a last line cut in half, and opening the workspace does not cut it away first', async () => {
    const { root, verify, path, logLines, session } = await copy();
    const lines = logLines();
    const cut = `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.slice(0, 40)}`;
    writeFileSync(path(AUDIT_LOG_NAME), cut);
    expect((await verify()).problems).toContainEqual({ kind: 'audit-broken', line: lines.length, reason: 'torn' });
    session.close();
    sessions.pop();
    const reopened = await open(root);
    expect(readFileSync(path(AUDIT_LOG_NAME), 'utf8')).toBe(cut);
    expect((await reopened.verify(caseId)).problems).toContainEqual({ kind: 'audit-broken', line: lines.length, reason: 'torn' });
  });

  it('catches an original replaced together with its sha256 and size in evidence.json (the import line still holds the hash)', async () => {
    const { verify, path, evidence } = await copy();
    const file = evidence();
    const item = file.items[0]!;
    const forged = '支付宝账单 9800.00';
    chmodSync(path('evidence', item.storedName), 0o644);
    writeFileSync(path('evidence', item.storedName), forged);
    Object.assign(item, { sha256: sha256Hex(forged), size: Buffer.byteLength(forged) });
    writeFileSync(path('evidence.json'), `${JSON.stringify(file, null, 2)}\n`);
    const report = await verify();
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'audit-mismatch', itemId: item.id, found: sha256Hex(forged) }));
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'audit-mismatch', file: 'evidence.json' }));
  });

  it('catches an item deleted from evidence.json together with its file', async () => {
    const { verify, path, evidence } = await copy();
    const file = evidence();
    const [gone] = file.items.splice(1, 1);
    file.order = file.order.filter((id) => id !== gone!.id);
    writeFileSync(path('evidence.json'), `${JSON.stringify(file, null, 2)}\n`);
    chmodSync(path('evidence', gone!.storedName), 0o644);
    unlinkSync(path('evidence', gone!.storedName));
    const report = await verify();
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'vanished', record: 'evidence', id: gone!.id }));
    expect(report.checked).toBe(1);
  });

  it('catches a chain rewritten with recomputed hashes, by the chain head the index keeps', async () => {
    const { verify, path, logLines } = await copy();
    const entries = logLines().map((line) => JSON.parse(line) as AuditEntry);
    entries[1] = { ...entries[1]!, at: '2024-05-01T00:00:00+08:00' };
    writeFileSync(path(AUDIT_LOG_NAME), rechain(entries));
    const report = await verify();
    expect(report.problems).toEqual([{ kind: 'audit-broken', line: entries.length, reason: 'anchor' }]);
  });

  it('requires the log to begin with the creation of this case', async () => {
    const { verify, path, logLines } = await copy();
    const entries = logLines().map((line) => JSON.parse(line) as AuditEntry);
    writeFileSync(path(AUDIT_LOG_NAME), rechain(entries.slice(1)));
    expect((await verify()).problems).toContainEqual({ kind: 'audit-broken', line: 1, reason: 'no-creation' });
  });

  it('catches any extra file in evidence/, Thumbs.db included', async () => {
    const { verify, path } = await copy();
    writeFileSync(path('evidence', 'Thumbs.db'), 'thumbnail cache');
    mkdirSync(path('evidence', '补充'));
    writeFileSync(path('evidence', '补充', '后来放进来的.png'), 'x');
    const report = await verify();
    expect(report.problems).toEqual([
      { kind: 'unexpected', file: 'evidence/Thumbs.db' },
      { kind: 'unexpected', file: 'evidence/补充/后来放进来的.png' },
    ]);
  });

  it('catches a file planted in letters/ that no letter version accounts for', async () => {
    const { verify, path } = await copy();
    const folder = letter.versions[0]!.pdf.split('/')[1]!;
    writeFileSync(path('letters', folder, 'v2.pdf'), '%PDF-1.7 a letter the app never saved');
    writeFileSync(path('letters', 'desktop.ini'), '[.ShellClassInfo]');
    const report = await verify();
    expect(report.problems).toEqual([
      { kind: 'unexpected', file: `letters/${folder}/v2.pdf` },
      { kind: 'unexpected', file: 'letters/desktop.ini' },
    ]);
  });

  it('accepts files a line recorded under evidence/ (the OCR results) and checks their hashes', async () => {
    const { verify, path, caseDir, evidence } = await copy();
    const item = evidence().items[0]!;
    const ocr = `evidence/ocr/${item.id}.json`;
    await commitAudited(caseDir, { lines: [{ action: 'evidence.edit', target: item.id }], writes: [{ path: ocr, data: '{"text":"支付宝账单"}' }] });
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
    writeFileSync(path(...ocr.split('/')), '{"text":"改过的"}');
    expect((await verify()).problems).toEqual([expect.objectContaining({ kind: 'audit-mismatch', file: ocr })]);
  });

  it('catches an original replaced by a symbolic link', async () => {
    const { verify, path, evidence } = await copy();
    const item = evidence().items[0]!;
    const elsewhere = join(tempDir(), 'copy.txt');
    cpSync(path('evidence', item.storedName), elsewhere);
    chmodSync(path('evidence', item.storedName), 0o644);
    unlinkSync(path('evidence', item.storedName));
    symlinkSync(elsewhere, path('evidence', item.storedName));
    expect((await verify()).problems).toEqual([{ kind: 'not-regular', itemId: item.id, storedName: item.storedName, found: 'symlink' }]);
  });

  it('catches a timeline entry, a status and a letter PDF changed outside the app', async () => {
    const { verify, path } = await copy();
    const timeline = JSON.parse(readFileSync(path('timeline.json'), 'utf8')) as { events: Record<string, unknown>[] };
    timeline.events.push({ ...timeline.events[0]!, id: '01J0AAAAAAAAAAAAAAAAAAAAAA', summary: '事后补的' });
    writeFileSync(path('timeline.json'), JSON.stringify(timeline));
    const record = JSON.parse(readFileSync(path('case.json'), 'utf8')) as { status: string };
    writeFileSync(path('case.json'), JSON.stringify({ ...record, status: 'resolved' }, null, 2));
    const pdf = letter.versions[0]!.pdf;
    writeFileSync(path(...pdf.split('/')), 'not the letter that was sent');
    const report = await verify();
    expect(report.problems).toContainEqual({ kind: 'unaudited', record: 'timeline', id: '01J0AAAAAAAAAAAAAAAAAAAAAA' });
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'audit-mismatch', file: 'timeline.json' }));
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'audit-mismatch', file: 'case.json' }));
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'audit-mismatch', file: pdf, logged: letter.versions[0]!.pdfSha256 }));
  });

  it('still reports on everything when evidence.json is corrupted: the originals against their import lines', async () => {
    const { verify, path, evidence } = await copy();
    const item = evidence().items[1]!;
    writeFileSync(path('evidence.json'), '{ "schemaVersion": 1, "items": [');
    chmodSync(path('evidence', item.storedName), 0o644);
    writeFileSync(path('evidence', item.storedName), 'changed');
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(kinds(report.problems)).toEqual(expect.arrayContaining(['unreadable', 'modified', 'audit-mismatch']));
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'modified', itemId: item.id }));
  });
});

describe('repair', () => {
  it('cuts a torn last line only once the person confirms, keeps it in the repair line, and verify says it was repaired', async () => {
    const { session, verify, path, logLines } = await copy();
    const lines = logLines();
    const torn = `{"seq":${lines.length + 1},"at":"2024`;
    writeFileSync(path(AUDIT_LOG_NAME), `${lines.join('\n')}\n${torn}`);
    const plan = await session.planRepair(caseId);
    expect(plan.steps).toEqual([{ kind: 'cut-tail', bytes: Buffer.byteLength(torn) }]);
    expect(plan.remaining).toEqual([]);
    // Planning changed nothing.
    expect((await verify()).problems).toEqual([{ kind: 'audit-broken', line: lines.length + 1, reason: 'torn' }]);
    await expect(session.repair(caseId, 'ffffffffffffffff')).rejects.toMatchObject({ code: 'invalid' });
    const report = await session.repair(caseId, plan.id);
    expect(report).toMatchObject({ ok: true, problems: [], repairs: [lines.length + 1] });
    const repair = JSON.parse(logLines().at(-1)!) as AuditEntry;
    expect(repair).toMatchObject({ action: 'audit.repair', detail: { steps: plan.steps, cut: [Buffer.from(torn).toString('base64')] } });
  });

  it('accepts a case file changed outside the app, and moves the chain head after a rewrite, each recorded', async () => {
    const { session, verify, path, logLines } = await copy();
    const record = JSON.parse(readFileSync(path('case.json'), 'utf8')) as { title: string };
    writeFileSync(path('case.json'), `${JSON.stringify({ ...record, title: '手工改过的标题' }, null, 2)}\n`);
    const entries = logLines().map((line) => JSON.parse(line) as AuditEntry);
    writeFileSync(path(AUDIT_LOG_NAME), rechain(entries.map((entry, i) => (i === 1 ? { ...entry, at: '2024-05-01T00:00:00+08:00' } : entry))));
    const plan = await session.planRepair(caseId);
    expect(plan.steps.map((step) => step.kind).sort()).toEqual(['accept-file', 're-anchor']);
    const report = await session.repair(caseId, plan.id);
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(await verify()).toMatchObject({ ok: true, repairs: [entries.length + 1] });
  });

  it('never repairs a changed original, and a lost log stays reported after it is started again', async () => {
    const { session, verify, path, evidence } = await copy();
    const item = evidence().items[0]!;
    chmodSync(path('evidence', item.storedName), 0o644);
    writeFileSync(path('evidence', item.storedName), 'changed');
    rmSync(path(AUDIT_LOG_NAME));
    const plan = await session.planRepair(caseId);
    expect(plan.steps).toEqual([{ kind: 'start-log' }, { kind: 're-anchor', expected: expect.objectContaining({ lines: expect.any(Number) }) }]);
    expect(kinds(plan.remaining)).toContain('modified');
    const report = await session.repair(caseId, plan.id);
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual({ kind: 'audit-broken', line: 1, reason: 'no-creation' });
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'modified', itemId: item.id }));
    expect(await verify()).toMatchObject({ ok: false });
  });

  it('refuses to write into a case whose log is missing or damaged, naming the log', async () => {
    const { session, path } = await copy();
    renameSync(path(AUDIT_LOG_NAME), path('audit.jsonl.bak'));
    await expect(session.cases.setStatus(caseId, 'closed')).rejects.toMatchObject({ code: 'damaged', message: expect.stringContaining('audit.jsonl') });
    renameSync(path('audit.jsonl.bak'), path(AUDIT_LOG_NAME));
    writeFileSync(path(AUDIT_LOG_NAME), `${readFileSync(path(AUDIT_LOG_NAME), 'utf8')}{"half`);
    await expect(session.cases.setStatus(caseId, 'closed')).rejects.toMatchObject({ code: 'damaged' });
  });
});
