import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { archiveCliMessages } from '../../shared/messages/archives';
import { workspaceFlag } from './global-options';

/**
 * `casebook verify <case | archive.zip>`: a case (every original and the audit chain), or an archive
 * Casebook exported, against its manifest. Exit 0 when intact, 1 on any problem.
 */
export function verifyCommand(): Command {
  return new Command('verify')
    .description(archiveCliMessages.verifyDescription)
    .argument('<target>', archiveCliMessages.verifyTarget)
    .option('--json', cliMessages.jsonOption)
    .action(async (target: string, options: { json?: boolean }, cmd: Command) => (await import('../actions/verify')).verify(workspaceFlag(cmd), target, options));
}
