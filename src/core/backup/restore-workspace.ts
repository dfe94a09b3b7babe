import type { RestoreOutcome } from '../../shared/domain/backup';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { restoreBackup, type RestoreOptions } from './restore-backup';
import { verifyRestored } from './verify-restored';

/**
 * 从备份恢复 in the app: the backup into `folder` (empty or new), then the app switches to it and
 * verifies every case. The workspace open until then stays untouched.
 */
export async function restoreWorkspace(session: WorkspaceSession, folder: string, archive: string, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  const restored = await restoreBackup(folder, archive, options);
  await session.switchTo(restored.workspace);
  return verifyRestored(session, restored);
}
