import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { ExitCode } from '../exit-codes';
import { formatVerifyReport } from '../evidence-output';
import { printJson, printText } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/** `casebook verify <case>`: exit 0 when every original and the audit chain are intact, 1 otherwise. */
export function verifyCommand(): Command {
  return new Command('verify')
    .description(cliMessages.verify)
    .argument('<case>', cliMessages.caseRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { json?: boolean }, cmd: Command) => {
      const report = await withWorkspace(workspaceFlag(cmd), (api) => api.call('evidence:verify', { caseId }));
      if (options.json) printJson(report);
      else printText(formatVerifyReport(report));
      if (!report.ok) process.exitCode = ExitCode.failure;
    });
}
