import type { TransferProgress } from '../../core/transfer/write-case-archive';
import { dossierCliMessages } from '../../shared/messages/dossier';
import { transferMessages as m } from '../../shared/messages/archives';
import { printFailureJson } from '../archive-failure';
import { CliError, ExitCode } from '../exit-codes';
import { printError, printJson, printText } from '../print';
import { terminalProgress } from '../terminal-progress';
import { withWorkspace } from '../workspace-api';

export interface CaseExportOptions {
  out: string;
  json?: boolean;
}

/** A folder that is not there (or a file where one should be) is the caller's to fix; a full or read-only disk is not. */
const CALLER_FIXABLE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

const progressLine = () => terminalProgress(({ done, total }: TransferProgress) => dossierCliMessages.progress(`${done}/${total}`));

/** `case export <case> --out F.zip`: the case's transfer archive; prints its path (or JSON). */
export async function exportCase(workspace: string | undefined, ref: string, options: CaseExportOptions): Promise<void> {
  const progress = progressLine();
  const outcome = await withWorkspace(workspace, (api) =>
    api.direct(async (session) => {
      try {
        return await session.transfer.exportCase(ref, options.out, { onProgress: progress.push });
      } catch (error) {
        const errno = error as NodeJS.ErrnoException;
        if (errno.code && errno.syscall) {
          throw new CliError(m.outUnwritable(options.out, errno.code), CALLER_FIXABLE.has(errno.code) ? ExitCode.badInput : ExitCode.failure);
        }
        throw error;
      } finally {
        progress.done();
      }
    }),
  );
  if (options.json) printJson(outcome);
  else printText(m.exported(outcome.archive, outcome.files));
}

/**
 * `case import F.zip`: the archive becomes a new case of the workspace, or nothing is written. A
 * refused archive exits 2 with the reason; with `--json` any failure also prints
 * `{"error": {"code", "message", "reason"?, "entry"?}}`.
 */
export async function importCase(workspace: string | undefined, archive: string, options: { json?: boolean }): Promise<void> {
  const progress = progressLine();
  const outcome = await withWorkspace(workspace, (api) =>
    api.direct(async (session) => {
      try {
        return await session.transfer.importCase(archive, { onProgress: progress.push });
      } catch (error) {
        if (options.json) printFailureJson(error);
        throw error;
      } finally {
        progress.done();
      }
    }),
  );
  if (options.json) printJson(outcome);
  else {
    printText(m.imported(outcome.folder, outcome.path));
    if (outcome.renamed) printError(m.renamed(outcome.originalFolder, outcome.folder));
  }
}
