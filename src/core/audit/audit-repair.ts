import { rename, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import type { AuditRepairPlan, AuditRepairStep, VerifyProblem } from '../../shared/domain/integrity';
import { integrityMessages as m } from '../../shared/messages/integrity';
import { nowChinaIso } from '../../shared/validation/date-time';
import { fsyncDirectory } from '../fs/atomic-write';
import { hashRegularFile } from '../fs/hash-file';
import {
  appendAudit,
  AUDIT_LOG_NAME,
  chainEntries,
  GENESIS,
  readAuditLog,
  serializeEntries,
  sha256Hex,
  type AuditHead,
  type FileHashes,
} from './audit-log';
import { inCase } from './audited-change';
import { copiesOf } from './audit-recovery';
import { verifyCase } from './verify-case';

/** Case files the person may accept as they now are; evidence originals never are (they stay reported). */
const ACCEPTABLE = (file: string) => !file.startsWith('evidence/') || file.startsWith('evidence/ocr/');

/**
 * What a repair would do to a case, from what verify finds; nothing is changed. Only the log's
 * bookkeeping can be repaired: a damaged last line is cut off (and kept, in the repair line), an
 * interrupted change finished, a missing log started again, a case file changed outside the app
 * accepted as it now is, and the chain head outside the folder moved to the log as it is. What a
 * repair can never undo — a changed original, records without their lines, a history that is gone —
 * stays in `remaining` and verify keeps reporting it.
 */
export async function planRepair(caseDir: string, anchor: AuditHead | undefined, { holdingLock = false } = {}): Promise<AuditRepairPlan> {
  const report = await verifyCase(caseDir, anchor, { holdingLock });
  const steps: AuditRepairStep[] = [];
  const remaining: VerifyProblem[] = [];
  const log = await readAuditLog(caseDir);
  for (const problem of report.problems) {
    if (problem.kind === 'audit-broken' && problem.reason === 'missing') steps.push({ kind: 'start-log' });
    else if (problem.kind === 'audit-broken' && problem.reason === 'torn' && log.state === 'present') {
      steps.push({ kind: 'cut-tail', bytes: Buffer.byteLength(log.torn ?? '') });
    } else if (problem.kind === 'audit-broken' && (problem.reason === 'not-json' || problem.reason === 'hash') && log.state === 'present' && problem.line === log.lines.length && log.torn === undefined) {
      // A damaged last line blocks every write; it is moved into the repair line.
      steps.push({ kind: 'cut-tail', bytes: Buffer.byteLength(log.lines.at(-1) ?? '') + 1 });
    } else if (problem.kind === 'audit-broken' && (problem.reason === 'anchor' || problem.reason === 'truncated') && anchor) {
      steps.push({ kind: 're-anchor', expected: anchor });
    } else if (problem.kind === 'interrupted') steps.push({ kind: 'finish', file: problem.file, line: problem.line });
    else if (problem.kind === 'audit-mismatch' && !problem.itemId && ACCEPTABLE(problem.file)) {
      steps.push({ kind: 'accept-file', file: problem.file, logged: problem.logged, found: problem.found });
    } else remaining.push(problem);
  }
  return { id: sha256Hex(JSON.stringify(steps)).slice(0, 16), steps, remaining };
}

/**
 * Carries out a repair the person confirmed, under the case lock. The plan is worked out again
 * first: if the case changed since the person saw it, nothing is done. Everything done is written
 * in one `audit.repair` line (and a damaged last line it cut off is kept in it), so the repair stays
 * in the case's history; returns the new chain head, which becomes the anchor.
 */
export async function applyRepair(caseDir: string, anchor: AuditHead | undefined, planId: string): Promise<AuditHead> {
  const plan = await planRepair(caseDir, anchor, { holdingLock: true });
  if (plan.id !== planId) throw new ApiFailure('invalid', m.repairPlanChanged);
  if (plan.steps.length === 0) throw new ApiFailure('invalid', m.nothingToRepair);
  const files: FileHashes = {};
  const cut: string[] = [];
  const logPath = join(caseDir, AUDIT_LOG_NAME);
  for (const step of plan.steps) {
    if (step.kind === 'cut-tail') {
      const log = await readAuditLog(caseDir);
      if (log.state !== 'present') continue;
      const kept = log.torn === undefined ? log.lines.slice(0, -1) : log.lines;
      cut.push(Buffer.from(log.torn ?? `${log.lines.at(-1)}\n`).toString('base64'));
      await truncate(logPath, kept.reduce((bytes, line) => bytes + Buffer.byteLength(line) + 1, 0));
    } else if (step.kind === 'finish') {
      const recorded = await recordedHash(caseDir, step.file, step.line);
      for (const copy of await copiesOf(caseDir, step.file)) {
        if (recorded === undefined || (await hashRegularFile(copy)) !== recorded) continue;
        await rename(copy, inCase(caseDir, step.file));
        break;
      }
    } else if (step.kind === 'accept-file') {
      files[step.file] = (await hashRegularFile(inCase(caseDir, step.file))) ?? null;
    }
  }
  const line = { action: 'audit.repair' as const, detail: { steps: plan.steps, ...(cut.length > 0 ? { cut } : {}) }, ...(Object.keys(files).length > 0 ? { files } : {}) };
  if (plan.steps.some((step) => step.kind === 'start-log')) {
    const [entry] = chainEntries({ seq: 0, hash: GENESIS }, nowChinaIso(), [line]);
    await writeFile(logPath, serializeEntries([entry!]), { flag: 'wx' });
    await fsyncDirectory(caseDir);
    return { lines: entry!.seq, sha256: entry!.hash };
  }
  const [entry] = await appendAudit(caseDir, line);
  return { lines: entry!.seq, sha256: entry!.hash };
}

/** The hash the log recorded for `file` on `line`. */
async function recordedHash(caseDir: string, file: string, line: number): Promise<string | undefined> {
  const log = await readAuditLog(caseDir);
  if (log.state !== 'present') return undefined;
  try {
    const hash = (JSON.parse(log.lines[line - 1] ?? 'null') as { files?: FileHashes } | null)?.files?.[file];
    return hash ?? undefined;
  } catch {
    return undefined;
  }
}
