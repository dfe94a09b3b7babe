import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { workspaceFlag } from './global-options';

/** `casebook reindex`: rebuilds `.casebook/index.sqlite` from the case folders. */
export function reindexCommand(): Command {
  return new Command('reindex')
    .description(cliMessages.reindex)
    .option('--json', cliMessages.jsonOption)
    .action(async (options: { json?: boolean }, cmd: Command) => (await import('../actions/reindex')).reindex(workspaceFlag(cmd), options));
}
