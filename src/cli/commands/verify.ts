import { Command } from 'commander';
import { ApiFailure } from '../../shared/api/dispatch';
import { cliMessages } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/**
 * `casebook verify <case>`: exit 0 when the case is intact, 1 when anything is wrong. With `--json`
 * stdout is always one JSON document — the report, or `{ok: false, error}` when the check could not
 * even run (an unknown case, a workspace that cannot be opened) — and the exit code is as usual.
 */
export function verifyCommand(): Command {
  return new Command('verify')
    .description(cliMessages.verify)
    .argument('<case>', cliMessages.caseRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { json?: boolean }, cmd: Command) => {
      let report;
      try {
        report = await withWorkspace(workspaceFlag(cmd), (api) => api.call('evidence:verify', { caseId }));
      } catch (error) {
        if (options.json) printJson({ ok: false, error: jsonError(error) });
        throw error;
      }
      if (options.json) printJson(report);
      else console.log(formatVerifyReport(report));
      if (!report.ok) process.exitCode = ExitCode.failure;
    });
}

const jsonError = (error: unknown) => {
  if (error instanceof CliError) return { code: error.code ?? (error.exitCode === ExitCode.badInput ? 'invalid' : 'internal'), message: error.message };
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  return { code: 'internal', message: String(error) };
};
