import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { workspaceFlag } from './global-options';

/** `casebook event add <case> --file E.json` */
export function eventCommand(): Command {
  const command = new Command('event').description(cliMessages.eventCommand);

  command
    .command('add')
    .description(cliMessages.eventAdd)
    .argument('<case>', cliMessages.caseRef)
    .requiredOption('--file <F>', cliMessages.eventAddFile)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { file: string; json?: boolean }, cmd: Command) =>
      (await import('../actions/event')).addEvent(workspaceFlag(cmd), caseId, options),
    );

  return command;
}
