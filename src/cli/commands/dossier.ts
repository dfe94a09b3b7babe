import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { DossierProgress } from '../../shared/domain/dossier';
import { cliMessages } from '../../shared/messages';
import { dossierCliMessages as m, dossierProgressText } from '../../shared/messages/dossier';
import { throttleProgress } from '../../hosts/progress-throttle';
import { CliError, ExitCode } from '../exit-codes';
import { printJson } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

const REDRAW_MS = 200;

/** A self-overwriting progress line on stderr, only when stderr is a terminal (never in logs or pipes). */
function progressLine(stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return { push: () => {}, done: () => {} };
  let drawn = false;
  const line = throttleProgress(({ step, done, total }: DossierProgress) => {
    drawn = true;
    stream.write(`\r\x1b[2K${m.progress(dossierProgressText[step](done, total))}`);
  }, REDRAW_MS);
  return { push: line.push, done: () => drawn && stream.write('\r\x1b[2K') };
}

/** `--out` must be a folder, or not exist yet (it is created). */
async function checkOutDir(path: string): Promise<void> {
  try {
    if (!(await stat(path)).isDirectory()) throw new CliError(m.outNotFolder(path), ExitCode.badInput);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * `casebook dossier <case> --out DIR [--json]`: writes `<case folder>-卷宗.pdf` and
 * `<case folder>-卷宗.zip` into DIR and prints their paths (`--json`: `{"pdf","zip","pages","exhibits"}`).
 */
export function dossierCommand(): Command {
  return new Command('dossier')
    .description(m.description)
    .argument('<case>', cliMessages.caseRef)
    .requiredOption('--out <DIR>', m.out)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { out: string; json?: boolean }, cmd: Command) => {
      const outDir = resolve(options.out);
      await checkOutDir(outDir);
      const progress = progressLine();
      const outcome = await withWorkspace(workspaceFlag(cmd), (api) =>
        api.direct(async (session) => {
          try {
            return await session.dossier.make(caseId, outDir, { onProgress: progress.push });
          } catch (error) {
            const errno = error as NodeJS.ErrnoException;
            if (errno.code === 'EACCES' || errno.code === 'EPERM' || errno.code === 'EROFS' || errno.code === 'ENOSPC' || errno.code === 'ENOTDIR') {
              throw new CliError(m.outUnwritable(outDir, errno.code), ExitCode.failure);
            }
            throw error;
          } finally {
            progress.done();
          }
        }),
      );
      if (options.json) printJson({ pdf: outcome.pdf, zip: outcome.zip, pages: outcome.pages, exhibits: outcome.exhibits });
      else console.log(`${outcome.pdf}\n${outcome.zip}`);
      for (const warning of outcome.warnings) console.error(warning);
    });
}
