import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DossierProgress } from '../../shared/domain/dossier';
import { dossierCliMessages as m, dossierProgressText } from '../../shared/messages/dossier';
import { CliError, ExitCode } from '../exit-codes';
import { printError, printJson, printText } from '../print';
import { terminalProgress } from '../terminal-progress';
import { withWorkspace } from '../workspace-api';

export interface DossierOptions {
  out: string;
  json?: boolean;
}

/** Errors of the output folder, which the person can fix; anything else is a failure of the case or a bug. */
const OUT_DIR_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR']);

/** `--out` must be a folder, or not exist yet (it is created). */
async function checkOutDir(path: string): Promise<void> {
  try {
    if (!(await stat(path)).isDirectory()) throw new CliError(m.outNotFolder(path), ExitCode.badInput);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** `dossier`: writes the PDF and the archive into `--out`; prints their paths (or JSON). */
export async function writeDossier(workspace: string | undefined, caseId: string, options: DossierOptions): Promise<void> {
  const outDir = resolve(options.out);
  await checkOutDir(outDir);
  const progress = terminalProgress(({ step, done, total }: DossierProgress) => m.progress(dossierProgressText[step](done, total)));
  const outcome = await withWorkspace(workspace, (api) =>
    api.direct(async (session) => {
      try {
        return await session.dossier.make(caseId, outDir, { onProgress: progress.push });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code && OUT_DIR_ERRORS.has(code)) throw new CliError(m.outUnwritable(outDir, code), ExitCode.failure);
        throw error;
      } finally {
        progress.done();
      }
    }),
  );
  if (options.json) printJson({ pdf: outcome.pdf, zip: outcome.zip, pages: outcome.pages, exhibits: outcome.exhibits });
  else printText(`${outcome.pdf}\n${outcome.zip}`);
  for (const warning of outcome.warnings) printError(warning);
}
