import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { workspaceFlag } from './global-options';

/** `casebook verify <case>`: exit 0 when every original and the audit chain are intact, 1 otherwise. */
export function verifyCommand(): Command {
  return new Command('verify')
    .description(cliMessages.verify)
    .argument('<case>', cliMessages.caseRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { json?: boolean }, cmd: Command) =>
      (await import('../actions/verify')).verifyCase(workspaceFlag(cmd), caseId, options),
    );
}
