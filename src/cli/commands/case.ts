import { Command, Option } from 'commander';
import type { ApiInput } from '../../shared/api/contract';
import { cliMessages } from '../../shared/messages';
import { formatCaseDetail, formatCaseListing, printJson, printText } from '../output';
import { readJsonFile } from '../read-json-file';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/** `casebook case create|list|show` */
export function caseCommand(): Command {
  const command = new Command('case').description(cliMessages.caseCommand);

  command
    .command('create')
    .description(cliMessages.caseCreate)
    .requiredOption('--file <F>', cliMessages.caseCreateFile)
    // Accepted like on list/show so scripts can pass it everywhere; create prints JSON either way.
    .option('--json', cliMessages.jsonOption)
    .action(async (options: { file: string; json?: boolean }, cmd: Command) => {
      const intake = await readJsonFile<ApiInput<'cases:create'>['intake']>(options.file);
      const created = await withWorkspace(workspaceFlag(cmd), (api) =>
        api.call('cases:create', { intake }, { heading: (count) => cliMessages.fileErrors(options.file, count) }),
      );
      printJson(created);
    });

  command
    .command('list')
    .description(cliMessages.caseList)
    .addOption(new Option('--view <view>', cliMessages.caseListView).choices(['active', 'archived', 'trashed']).default('active'))
    .option('--json', cliMessages.jsonOption)
    .action(async (options: { view: 'active' | 'archived' | 'trashed'; json?: boolean }, cmd: Command) => {
      const listing = await withWorkspace(workspaceFlag(cmd), (api) => api.call('cases:list', { view: options.view }));
      if (options.json) printJson(listing);
      else printText(formatCaseListing(listing));
    });

  command
    .command('show')
    .description(cliMessages.caseShow)
    .argument('<case>', cliMessages.caseShowRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (ref: string, options: { json?: boolean }, cmd: Command) => {
      const detail = await withWorkspace(workspaceFlag(cmd), (api) => api.call('cases:get', { ref }));
      if (options.json) printJson(detail);
      else printText(formatCaseDetail(detail));
    });

  return command;
}
