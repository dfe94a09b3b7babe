/**
 * What the crash campaign's children do, one operation kind per child, over and over until they are
 * killed. Each run prints what it acknowledged (the record the person was told is saved); the
 * campaign then checks, after recovery, that every acknowledged record is still there.
 *
 * To add an operation: add an entry to OPERATIONS with the crash
 * points its runs pass and how many times, a window for random kills, `prepare` (in the child) and,
 * if what it acknowledges is not one of the record kinds below, `present` (in the parent).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAuditLog } from '../../src/core/audit/audit-log';
import { withoutCrashPoints, type CrashPoint } from '../../src/core/fs/crash-point';
import { hashRegularFile } from '../../src/core/fs/hash-file';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import type { CaseFacts } from '../../src/shared/domain/case';

/** The facts of a new case, written by the campaign into the scratch folder (the bundled child cannot reach the test fixtures). */
export const FACTS_FILE = 'facts.json';

/** A record a child was told is saved. */
export interface Acknowledged {
  caseId: string;
  kind: 'case' | 'evidence' | 'event' | 'letter' | 'export' | 'import';
  id: string;
  version?: number;
}

/** Everything a child needs to know about the workspace it works in. */
export interface ChildContext {
  session: WorkspaceSession;
  /** The case the template workspace holds (for operations on an existing case). */
  caseId: string;
  /** A folder outside the workspace for source files. */
  scratch: string;
}

export interface CrashOperation {
  name: string;
  /** Crash points one run passes, and how often (a rename per file written, say). */
  points: readonly { point: CrashPoint; hits: number }[];
  /** Random kills fall in this many milliseconds after a run begins. */
  randomWindowMs: number;
  /** In the child, once: builds what the runs need; returns one run (its number counts from 1). */
  prepare(context: ChildContext): Promise<(run: number) => Promise<Acknowledged[]>>;
  /** In the parent, after recovery: whether an acknowledged record is there (default: by kind). */
  present?(session: WorkspaceSession, record: Acknowledged): Promise<boolean>;
}

/**
 * Transfer archives of cases a second workspace holds, for the case-import runs: each run imports a
 * case this workspace does not have yet (the same case twice is refused). The archives stay in the
 * scratch folder for the children after this one; those whose case this workspace already holds
 * are passed over, and more are made when too few are left. Making them passes the very points
 * under test, so it counts none of them.
 */
const IMPORT_SOURCE = 'import-source';
const IMPORT_POOL = 'import-pool';
/** Archives made ahead, before the first run (more are made inside a run only when a child runs long). */
const IMPORTS_AHEAD = 3;

async function importSource(scratch: string, facts: CaseFacts) {
  const pool = join(scratch, IMPORT_POOL);
  mkdirSync(pool, { recursive: true });
  const evidence = join(scratch, '退款承诺截图.txt');
  writeFileSync(evidence, '客服：已为您提交退款申请，预计 1-3 个工作日到账。');
  // Opened only when an archive has to be made: most children find enough in the pool.
  let source: WorkspaceSession | undefined;
  const make = () =>
    withoutCrashPoints(async () => {
      source ??= await WorkspaceSession.open(join(scratch, IMPORT_SOURCE), { env: { CASEBOOK_CONFIG_DIR: scratch } });
      const { id } = await source.cases.create(facts);
      await source.evidence.importPaths({ caseId: id, paths: [evidence] });
      const archive = join(pool, `${id}.casebook.zip`);
      await source.transfer.exportCase(id, archive);
      return { id, archive };
    });
  return { pool, make };
}

const renames = (hits: number) => [
  { point: 'staged' as const, hits: 1 },
  { point: 'audit-written' as const, hits: 1 },
  { point: 'audited' as const, hits: 1 },
  { point: 'renamed' as const, hits },
];

export const OPERATIONS: readonly CrashOperation[] = [
  {
    name: 'evidence-import',
    // Two originals and evidence.json.
    points: renames(3),
    randomWindowMs: 250,
    async prepare({ session, caseId, scratch }) {
      // A folder of its own: two importers side by side (the concurrency test) must not rewrite the
      // originals the other is reading, which the import rightly refuses as changed under it.
      const own = mkdtempSync(join(scratch, 'import-'));
      const small = join(own, '客服聊天.txt');
      const large = join(own, '录屏.mp4');
      writeFileSync(small, '客服：请耐心等待，3 个工作日内处理。\n'.repeat(40));
      writeFileSync(large, Buffer.alloc(3 * 1024 * 1024, 7));
      return async () => {
        const report = await session.evidence.importPaths({ caseId, paths: [small, large], allowDuplicate: true });
        if (report.rejected.length > 0) throw new Error(JSON.stringify(report.rejected));
        return report.imported.map((item) => ({ caseId, kind: 'evidence' as const, id: item.id }));
      };
    },
  },
  {
    name: 'event-add',
    // Every other run moves the status too: timeline.json, then case.json.
    points: renames(2),
    randomWindowMs: 120,
    async prepare({ session, caseId }) {
      return async (run) => {
        const summary = `崩溃测试记录 ${process.pid}-${run}`;
        const view = await session.timeline.add(caseId, {
          at: '2024-05-21T10:05:00+08:00',
          channel: 'online-cs',
          direction: 'incoming',
          summary,
          evidence: [],
          ...(run % 2 === 0 ? { status: run % 4 === 0 ? 'negotiating' : 'escalated' } : {}),
        });
        const event = view.events.find((e) => e.summary === summary);
        if (!event) throw new Error('the added entry is not in the timeline');
        return [{ caseId, kind: 'event', id: event.id }];
      };
    },
  },
  {
    name: 'letter-save',
    // The version's PDF and source, then letters.json.
    points: renames(3),
    randomWindowMs: 1500,
    async prepare({ session, caseId }) {
      const built = await session.letters.build(caseId, 'cs-email');
      if (!built.ok) throw new Error('the template case lacks facts for a letter');
      let letterId: string | undefined;
      return async () => {
        const saved = await session.letters.save(caseId, built.document, built.document, letterId);
        letterId = saved.record.id;
        return [{ caseId, kind: 'letter', id: saved.record.id, version: saved.version }];
      };
    },
  },
  {
    name: 'case-create',
    // The folder assembled out of sight, then renamed into cases/.
    points: [
      { point: 'staged', hits: 1 },
      { point: 'case-published', hits: 1 },
    ],
    randomWindowMs: 120,
    async prepare({ session, scratch }) {
      const facts = JSON.parse(readFileSync(join(scratch, FACTS_FILE), 'utf8')) as CaseFacts;
      return async () => {
        const { id } = await session.cases.create(facts);
        return [{ caseId: id, kind: 'case', id }];
      };
    },
  },
  {
    name: 'dossier-export',
    // The PDF and the archive renamed in their hidden folder, the audit line, then the folder published.
    points: [
      { point: 'renamed', hits: 3 },
      { point: 'audit-written', hits: 1 },
    ],
    randomWindowMs: 4000,
    async prepare({ session, caseId }) {
      return async () => {
        const made = await session.dossier.export(caseId);
        return [{ caseId, kind: 'export', id: made.id }];
      };
    },
  },
  {
    name: 'case-import',
    // Unpacked and checked in staging, its case.import line, then the folder renamed into cases/.
    points: [
      { point: 'staged', hits: 1 },
      { point: 'audit-written', hits: 1 },
      { point: 'audited', hits: 1 },
      { point: 'case-published', hits: 1 },
    ],
    randomWindowMs: 300,
    async prepare({ session, scratch }) {
      const facts = JSON.parse(readFileSync(join(scratch, FACTS_FILE), 'utf8')) as CaseFacts;
      const source = await importSource(scratch, facts);
      const held = async (id: string) => session.cases.get(id).then(() => true, () => false);
      const waiting: { id: string; archive: string }[] = [];
      for (const name of readdirSync(source.pool).filter((n) => n.endsWith('.casebook.zip'))) {
        const id = name.slice(0, -'.casebook.zip'.length);
        if (!(await held(id))) waiting.push({ id, archive: join(source.pool, name) });
      }
      while (waiting.length < IMPORTS_AHEAD) waiting.push(await source.make());
      return async () => {
        const next = waiting.shift() ?? (await source.make());
        const imported = await session.transfer.importCase(next.archive);
        if (imported.id !== next.id) throw new Error(`imported ${imported.id} from the archive of ${next.id}`);
        return [{ caseId: imported.id, kind: 'import', id: imported.id }];
      };
    },
    // The case is there, and its log says it was imported.
    async present(session, record) {
      try {
        const { path } = await session.cases.locate(record.caseId);
        const log = await readAuditLog(path);
        return log.state === 'present' && log.lines.some((line) => (JSON.parse(line) as { action: string }).action === 'case.import');
      } catch {
        return false;
      }
    },
  },
];

/** Whether an acknowledged record of one of the kinds above is there. */
export async function recordPresent(session: WorkspaceSession, record: Acknowledged): Promise<boolean> {
  try {
    switch (record.kind) {
      case 'case':
      case 'import':
        return (await session.cases.get(record.caseId)).record.id === record.id;
      case 'evidence':
        return (await session.evidence.list(record.caseId)).items.some((item) => item.id === record.id);
      case 'event':
        return (await session.timeline.get(record.caseId)).events.some((event) => event.id === record.id);
      case 'letter':
        return (await session.letters.get(record.caseId, record.id, record.version)).version === record.version;
      case 'export': {
        const made = await session.dossier.exportOf(record.caseId, record.id);
        return (await Promise.all([made.pdf, made.zip].map(async (file) => (await hashRegularFile(join(made.folder, file.name))) === file.sha256))).every(Boolean);
      }
    }
  } catch {
    return false;
  }
}
