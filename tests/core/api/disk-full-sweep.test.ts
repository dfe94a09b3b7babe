/**
 * Disk full, swept: with 0 to 128 KiB left on a tiny tmpfs, each writing command either saves its
 * change — audited, and says so — or refuses with 磁盘空间不足 naming the place and leaves every
 * file of the workspace as it was. Never "not saved" for something that was, never a change
 * without its audit line, and reading (list, verify, timeline) keeps working on the full disk.
 * The exit code the CLI gives each answer is checked against what happened on disk.
 *
 * Set CASEBOOK_FAULT_REPORT=<file> to get the counts as JSON (the README's Reliability figures).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync, closeSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeForApiError, ExitCode } from '../../../src/cli/exit-codes';
import { createHandlers } from '../../../src/core/api/handlers';
import { WorkspaceSession } from '../../../src/core/workspace/workspace-session';
import { dispatch } from '../../../src/shared/api/dispatch';
import type { ApiResult } from '../../../src/shared/api/result';
import { sampleFacts, sampleIntake } from '../sample-case';
import { canMount, fillDisk, tinyDisk } from '../tiny-disk';

const KiB = 1024;
const FREE_KIB = [0, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128];
/** A letter save renders a PDF first (seconds of CPU): swept at fewer points. */
const LETTER_FREE_KIB = [0, 16, 64, 128];

interface Template {
  root: string;
  caseId: string;
  folder: string;
  itemId: string;
  letter: { generated: unknown; document: unknown };
  source: string;
}

let template: Template;
beforeAll(async () => {
  if (!canMount) return;
  const root = mkdtempSync(join(tmpdir(), 'casebook-sweep-'));
  const workspace = join(root, 'ws');
  const session = await WorkspaceSession.open(workspace, { env: { CASEBOOK_CONFIG_DIR: join(root, 'config') } });
  const { id, folder } = await session.cases.create(sampleFacts());
  const source = join(root, '客服聊天.txt');
  writeFileSync(source, '客服：请耐心等待'.repeat(400));
  const [item] = (await session.evidence.importPaths({ caseId: id, paths: [source], allowDuplicate: true })).imported;
  await session.timeline.add(id, { at: '2024-05-21T10:05:00+08:00', channel: 'online-cs', direction: 'incoming', summary: '客服受理', evidence: [] });
  const built = await session.letters.build(id, 'cs-email');
  if (!built.ok) throw new Error('the sample case lacks facts for a letter');
  session.close();
  template = { root, caseId: id, folder, itemId: item!.id, letter: { generated: built.document, document: built.document }, source };
}, 120_000);
afterAll(() => template && rmSync(template.root, { recursive: true, force: true }));

/** Every file of a workspace's case folders with its hash: what "nothing changed" is checked against. */
function snapshot(workspace: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else files.set(path, createHash('sha256').update(readFileSync(join(dir, entry.name))).digest('hex'));
    }
  };
  walk(join(workspace, 'cases'), 'cases');
  return files;
}

/** Leaves `kib` KiB free on the disk of `dir` (tmpfs counts whole 4 KiB pages). */
function leaveFree(dir: string, kib: number): void {
  const filler = join(dir, 'filler');
  if (kib === 0) return fillDisk(filler);
  const { bavail, bsize } = statfsSync(dir);
  const bytes = bavail * bsize - kib * KiB;
  if (bytes <= 0) return;
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * KiB, 1);
  try {
    for (let written = 0; written < bytes; ) written += writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
  } finally {
    closeSync(fd);
  }
}

const caseFolders = (workspace: string) => readdirSync(join(workspace, 'cases')).filter((name) => !name.startsWith('.')).length;

interface Command {
  name: string;
  freeKiB: number[];
  input: (t: Template) => [string, unknown];
  /** Whether the change the command makes is on disk now. */
  saved: (session: WorkspaceSession, t: Template, before: number) => Promise<boolean>;
  /** What "before" means for `saved` (a count), read before the command. */
  count: (session: WorkspaceSession, t: Template) => Promise<number>;
}

const COMMANDS: Command[] = [
  {
    name: 'case create',
    freeKiB: FREE_KIB,
    input: () => ['cases:create', { intake: sampleIntake() }],
    count: async (session) => caseFolders(session.root),
    saved: async (session, _t, before) => caseFolders(session.root) > before,
  },
  {
    name: 'event add',
    freeKiB: FREE_KIB,
    input: (t) => ['timeline:add', { caseId: t.caseId, event: { at: '2024-05-22 09:00', channel: 'phone', direction: 'outgoing', summary: '电话催办', status: 'negotiating' } }],
    count: async (session, t) => (await session.timeline.get(t.caseId)).events.length,
    saved: async (session, t, before) => (await session.timeline.get(t.caseId)).events.length > before,
  },
  {
    name: 'case status',
    freeKiB: FREE_KIB,
    input: (t) => ['cases:set-status', { id: t.caseId, status: 'complained' }],
    count: async () => 0,
    saved: async (session, t) => (await session.cases.get(t.caseId)).record.status === 'complained',
  },
  {
    name: 'evidence label',
    freeKiB: FREE_KIB,
    input: (t) => ['evidence:update', { caseId: t.caseId, itemId: t.itemId, labels: { title: '客服聊天记录（5月21日）' } }],
    count: async () => 0,
    saved: async (session, t) => (await session.evidence.list(t.caseId)).items.some((item) => item.title === '客服聊天记录（5月21日）'),
  },
  {
    name: 'evidence add',
    freeKiB: FREE_KIB,
    input: (t) => ['evidence:import-paths', { caseId: t.caseId, paths: [t.source], allowDuplicate: true }],
    count: async (session, t) => (await session.evidence.list(t.caseId)).items.length,
    saved: async (session, t, before) => (await session.evidence.list(t.caseId)).items.length > before,
  },
  {
    name: 'letter save',
    freeKiB: LETTER_FREE_KIB,
    input: (t) => ['letters:save', { caseId: t.caseId, ...t.letter }],
    count: async (session, t) => (await session.letters.list(t.caseId)).length,
    saved: async (session, t, before) => (await session.letters.list(t.caseId)).length > before,
  },
];

/** The exit code the CLI gives an answer, as `casebook` maps it (a refused import inside an ok batch is 1 for a disk failure). */
function exitCodeOf(result: ApiResult<unknown>): number {
  if (!result.ok) return exitCodeForApiError(result.error.code);
  const rejected = (result.value as { rejected?: { code: string }[] }).rejected ?? [];
  return rejected.length > 0 ? ExitCode.failure : ExitCode.ok;
}

const failureMessages = (result: ApiResult<unknown>): string[] =>
  result.ok ? ((result.value as { rejected?: { message: string }[] }).rejected ?? []).map((r) => r.message) : [result.error.message];

describe.skipIf(!canMount)('disk full, swept from 0 to 128 KiB free', () => {
  it('each command saves (audited, exit 0) or refuses naming the place (exit 1, nothing changed); reading keeps working', { timeout: 15 * 60_000 }, async () => {
    const tally: Record<string, { saved: number; refused: number; notices: number }> = {};
    const disk = tinyDisk('6m');
    for (const command of COMMANDS) {
      for (const kib of command.freeKiB) {
        const workspace = join(disk, 'ws');
        rmSync(workspace, { recursive: true, force: true });
        rmSync(join(disk, 'filler'), { force: true });
        cpSync(join(template.root, 'ws'), workspace, { recursive: true });
        const env = { env: { CASEBOOK_CONFIG_DIR: join(template.root, 'config') } };
        const setup = await WorkspaceSession.open(workspace, env);
        const before = await command.count(setup, template);
        setup.close();
        leaveFree(disk, kib);
        const files = snapshot(workspace);

        const session = await WorkspaceSession.open(workspace, env);
        const handlers = createHandlers(session);
        const [channel, input] = command.input(template);
        const result = await dispatch(handlers, channel, input, (error) => {
          throw error;
        });
        const label = `${command.name} with ${kib} KiB free`;
        const code = exitCodeOf(result);
        const saved = await command.saved(session, template, before);
        const counts = (tally[command.name] ??= { saved: 0, refused: 0, notices: 0 });
        if (saved) {
          counts.saved += 1;
          if (result.notices?.length) counts.notices += 1;
          expect(code, label).toBe(ExitCode.ok);
        } else {
          counts.refused += 1;
          expect(code, label).toBe(ExitCode.failure);
          expect(failureMessages(result).join('\n'), label).toMatch(/^磁盘空间不足.*“.+”/m);
          expect(snapshot(workspace), label).toEqual(files);
        }
        // Reading on the full disk: list, verify (nothing unaudited, whatever happened), timeline.
        const reads = await Promise.all([
          dispatch(handlers, 'cases:list', {}),
          dispatch(handlers, 'evidence:verify', { caseId: template.caseId }),
          dispatch(handlers, 'timeline:get', { caseId: template.caseId }),
        ]);
        expect(reads.map((read) => read.ok), label).toEqual([true, true, true]);
        expect(reads[1], label).toMatchObject({ value: { ok: true, problems: [] } });
        session.close();
      }
    }
    if (process.env.CASEBOOK_FAULT_REPORT) writeFileSync(process.env.CASEBOOK_FAULT_REPORT, `${JSON.stringify({ freeKiB: FREE_KIB, tally }, null, 2)}\n`);
    // The sweep reaches both sides of the line for the commands that write little.
    for (const name of ['event add', 'case status', 'evidence label']) expect(tally[name]).toMatchObject({ saved: expect.any(Number), refused: expect.any(Number) });
    expect(tally['event add']!.saved).toBeGreaterThan(0);
    expect(tally['event add']!.refused).toBeGreaterThan(0);
  });
});
