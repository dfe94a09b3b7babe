import type { RestoreOutcome, RestoredCase } from '../../shared/domain/backup';
import { backupMessages as m } from '../../shared/messages/backup';
import type { WorkspaceSession } from '../workspace/workspace-session';
import type { RestoredFiles } from './restore-backup';

/**
 * Verifies every case of a workspace just restored (opened as `session`): each original against its
 * import record and the audit log, as `casebook verify <case>` does. A case whose case.json could
 * not be read when it was backed up is reported as such.
 */
export async function verifyRestored(session: WorkspaceSession, restored: RestoredFiles): Promise<RestoreOutcome> {
  const cases: RestoredCase[] = [];
  for (const { folder, id } of restored.manifest.cases) {
    if (!id) {
      cases.push({ folder, ok: false, checked: 0, problems: [], unreadable: m.caseUnreadable });
      continue;
    }
    const report = await session.verify(id);
    cases.push({ folder, id, ok: report.ok, checked: report.checked, problems: report.problems });
  }
  return {
    workspace: restored.workspace,
    createdAt: restored.manifest.createdAt,
    files: restored.manifest.files.length,
    index: restored.index,
    cases,
    ok: cases.every((entry) => entry.ok),
  };
}
