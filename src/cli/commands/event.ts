import { Command } from 'commander';
import type { ApiInput } from '../../shared/api/contract';
import { cliMessages, timelineFieldLabels } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { printJson, printText } from '../output';
import { readJsonFile } from '../read-json-file';
import { formatEvent, newestEvent } from '../timeline-output';
import { withWorkspace } from '../workspace-api';
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
    .action(async (caseId: string, options: { file: string; json?: boolean }, cmd: Command) => {
      const event = await readJsonFile<ApiInput<'timeline:add'>['event']>(options.file);
      const view = await withWorkspace(workspaceFlag(cmd), (api) =>
        api.call('timeline:add', { caseId, event }, { heading: (count) => cliMessages.fileErrors(options.file, count), labels: timelineFieldLabels }),
      );
      const created = newestEvent(view);
      // The view always holds the entry just written; its absence would be a bug in the core.
      if (!created) throw new CliError(cliMessages.unexpected, ExitCode.failure);
      if (options.json) printJson(created);
      else printText(formatEvent(created));
    });

  return command;
}
