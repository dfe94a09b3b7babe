import { Command, Option } from 'commander';
import { cliMessages, trashMessages } from '../../shared/messages';
import { transferMessages } from '../../shared/messages/archives';
import type { PurgeOptions } from '../actions/case';
import type { CaseView } from '../actions/case-list';
import type { CaseExportOptions } from '../actions/case-transfer';
import { workspaceFlag } from './global-options';

/** `casebook case create|list|show|purge|export|import` */
export function caseCommand(): Command {
  const command = new Command('case').description(cliMessages.caseCommand);

  command
    .command('create')
    .description(cliMessages.caseCreate)
    .requiredOption('--file <F>', cliMessages.caseCreateFile)
    // Accepted like on list/show so scripts can pass it everywhere; create prints JSON either way.
    .option('--json', cliMessages.jsonOption)
    .action(async (options: { file: string }, cmd: Command) => (await import('../actions/case')).createCase(workspaceFlag(cmd), options));

  command
    .command('list')
    .description(cliMessages.caseList)
    .addOption(new Option('--view <view>', cliMessages.caseListView).choices(['active', 'archived', 'trashed']).default('active'))
    .option('--json', cliMessages.jsonOption)
    .action(async (options: { view: CaseView; json?: boolean }, cmd: Command) => (await import('../actions/case-list')).listCases(workspaceFlag(cmd), options));

  command
    .command('show')
    .description(cliMessages.caseShow)
    .argument('<case>', cliMessages.caseShowRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (ref: string, options: { json?: boolean }, cmd: Command) => (await import('../actions/case')).showCase(workspaceFlag(cmd), ref, options));

  command
    .command('purge')
    .description(trashMessages.cliPurge)
    .argument('[case]', trashMessages.cliPurgeRef)
    .option('--all-trashed', trashMessages.cliPurgeAll)
    .option('--yes', trashMessages.cliPurgeYes)
    .option('--json', cliMessages.jsonOption)
    .action(async (ref: string | undefined, options: PurgeOptions, cmd: Command) =>
      (await import('../actions/case')).purgeCases(workspaceFlag(cmd), ref, options),
    );

  command
    .command('export')
    .description(transferMessages.exportCommand)
    .argument('<case>', cliMessages.caseShowRef)
    .requiredOption('--out <F.zip>', transferMessages.exportOut)
    .option('--json', cliMessages.jsonOption)
    .action(async (ref: string, options: CaseExportOptions, cmd: Command) => (await import('../actions/case-transfer')).exportCase(workspaceFlag(cmd), ref, options));

  command
    .command('import')
    .description(transferMessages.importCommand)
    .argument('<F.zip>', transferMessages.archiveArgument)
    .option('--json', cliMessages.jsonOption)
    .action(async (archive: string, options: { json?: boolean }, cmd: Command) => (await import('../actions/case-transfer')).importCase(workspaceFlag(cmd), archive, options));

  return command;
}
