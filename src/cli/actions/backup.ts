import { restoreBackup } from '../../core/backup/restore-backup';
import { verifyRestored } from '../../core/backup/verify-restored';
import { resolveWorkspaceDir } from '../../core/workspace/workspace-location';
import type { RestoreOutcome } from '../../shared/domain/backup';
import { ApiFailure } from '../../shared/api/result';
import { dossierCliMessages } from '../../shared/messages/dossier';
import { backupMessages as m } from '../../shared/messages/backup';
import type { TransferProgress } from '../../core/transfer/write-case-archive';
import { openWorkspace } from '../../hosts/open-workspace';
import { printFailureJson } from '../archive-failure';
import { formatVerifyReport } from '../evidence-output';
import { CliError, ExitCode, exitCodeForApiError } from '../exit-codes';
import { printError, printJson, printText } from '../print';
import { terminalProgress } from '../terminal-progress';
import { withWorkspace } from '../workspace-api';

export interface BackupOptions {
  out: string;
  json?: boolean;
}

/** Errors of the output path that the caller can fix; a full or read-only disk is not theirs. */
const CALLER_FIXABLE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);
const progressLine = () => terminalProgress(({ done, total }: TransferProgress) => dossierCliMessages.progress(`${done}/${total}`));

/** `backup --out F.zip`: prints the archive's path (or the JSON outcome). */
export async function backup(workspace: string | undefined, options: BackupOptions): Promise<void> {
  const progress = progressLine();
  const outcome = await withWorkspace(workspace, (api) =>
    api.direct(async (session) => {
      try {
        return await session.backup.backup(options.out, { onProgress: progress.push });
      } catch (error) {
        const errno = error as NodeJS.ErrnoException;
        if (errno.code && errno.syscall) throw new CliError(`${options.out}：${errno.code}`, CALLER_FIXABLE.has(errno.code) ? ExitCode.badInput : ExitCode.failure);
        throw error;
      } finally {
        progress.done();
      }
    }),
  );
  if (options.json) printJson(outcome);
  else printText(m.backedUp(outcome.archive, outcome.cases, outcome.files));
}

function printRestore(outcome: RestoreOutcome): void {
  printText(m.restored(outcome.workspace, outcome.cases.length));
  if (outcome.index === 'rebuilt') printText(m.indexRebuilt);
  for (const entry of outcome.cases) {
    if (entry.unreadable) printText(m.restoredCaseUnreadable(entry.folder, entry.unreadable));
    else if (entry.ok) printText(m.restoredCaseOk(entry.folder, entry.checked));
    else {
      printText(m.restoredCaseBroken(entry.folder, entry.problems.length));
      printText(formatVerifyReport({ ok: false, checked: entry.checked, problems: entry.problems }).replace(/^/gm, '    '));
    }
  }
  const broken = outcome.cases.filter((entry) => !entry.ok).length;
  if (broken > 0) printError(m.restoredSomeBroken(broken));
}

/**
 * `--workspace DIR restore F.zip`: DIR must be empty or absent (exit 2 otherwise, nothing written);
 * a hostile or altered backup is refused with exit 2 and the reason, writing nothing. Then every
 * case is verified: exit 1 when one fails (the files are restored as they were backed up).
 */
export async function restore(workspace: string | undefined, archive: string, options: { json?: boolean }): Promise<void> {
  const progress = progressLine();
  let outcome: RestoreOutcome;
  try {
    const restored = await restoreBackup(resolveWorkspaceDir({ flag: workspace, env: process.env }), archive, { onProgress: progress.push }).finally(() => progress.done());
    const { session } = await openWorkspace(restored.workspace);
    try {
      outcome = await verifyRestored(session, restored);
    } finally {
      session.close();
    }
  } catch (error) {
    if (options.json) printFailureJson(error);
    if (error instanceof ApiFailure) throw new CliError(error.message, exitCodeForApiError(error.code));
    throw error;
  }
  if (options.json) printJson(outcome);
  else printRestore(outcome);
  if (!outcome.ok) process.exitCode = ExitCode.failure;
}
