/**
 * What the crash campaign's children do, one operation kind per child, over and over until they are
 * killed. Each run prints what it acknowledged (the record the person was told is saved); the
 * campaign then checks, after recovery, that every acknowledged record is still there.
 *
 * To add an operation (case import …): add an entry to OPERATIONS with the crash
 * points its runs pass and how many times, a window for random kills, `prepare` (in the child) and,
 * if what it acknowledges is not one of the record kinds below, `present` (in the parent).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrashPoint } from '../../src/core/fs/crash-point';
import { hashRegularFile } from '../../src/core/fs/hash-file';
import type { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import type { CaseFacts } from '../../src/shared/domain/case';

/** The facts of a new case, written by the campaign into the scratch folder (the bundled child cannot reach the test fixtures). */
export const FACTS_FILE = 'facts.json';

/** A record a child was told is saved. */
export interface Acknowledged {
  caseId: string;
  kind: 'case' | 'evidence' | 'event' | 'letter' | 'export';
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
      const small = join(scratch, '客服聊天.txt');
      const large = join(scratch, '录屏.mp4');
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
];

/** Whether an acknowledged record of one of the kinds above is there. */
export async function recordPresent(session: WorkspaceSession, record: Acknowledged): Promise<boolean> {
  try {
    switch (record.kind) {
      case 'case':
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
