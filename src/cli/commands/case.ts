import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { ApiInput } from '../../shared/api/contract';
import { cliMessages } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { formatCaseDetail, formatCaseListing, printJson } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/** `casebook case create|list|show` */
export function caseCommand(): Command {
  const command = new Command('case').description(cliMessages.caseCommand);

  command
    .command('create')
    .description(cliMessages.caseCreate)
    .requiredOption('--file <F>', cliMessages.caseCreateFile)
    .action(async (options: { file: string }, cmd: Command) => {
      const intake = await readIntakeFile(options.file);
      const created = await withWorkspace(workspaceFlag(cmd), (api) =>
        api.call('cases:create', { intake }, (count) => cliMessages.intakeErrors(options.file, count)),
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
      else console.log(formatCaseListing(listing));
    });

  command
    .command('show')
    .description(cliMessages.caseShow)
    .argument('<case>', cliMessages.caseShowRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (ref: string, options: { json?: boolean }, cmd: Command) => {
      const detail = await withWorkspace(workspaceFlag(cmd), (api) => api.call('cases:get', { ref }));
      if (options.json) printJson(detail);
      else console.log(formatCaseDetail(detail));
    });

  return command;
}

/** Reads the intake JSON; what is inside is checked by the same schema the app's form uses. */
async function readIntakeFile(file: string): Promise<ApiInput<'cases:create'>['intake']> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(cliMessages.cannotReadFile(file, (error as Error).message), ExitCode.badInput);
  }
  try {
    // Validation happens in dispatch; until then the content is whatever the file holds.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as ApiInput<'cases:create'>['intake'];
  } catch (error) {
    throw new CliError(cliMessages.notJson(file, (error as Error).message), ExitCode.badInput);
  }
}
