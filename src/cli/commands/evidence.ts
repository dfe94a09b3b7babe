import { Command, Option } from 'commander';
import { EVIDENCE_CATEGORIES } from '../../shared/domain/evidence';
import { cliMessages } from '../../shared/messages';
import type { AddOptions } from '../actions/evidence';
import { workspaceFlag } from './global-options';

/** `casebook evidence add|list` */
export function evidenceCommand(): Command {
  const command = new Command('evidence').description(cliMessages.evidenceCommand);

  command
    .command('add')
    .description(cliMessages.evidenceAdd)
    .argument('<case>', cliMessages.caseRef)
    .argument('<file...>', cliMessages.evidenceAddFiles)
    .addOption(new Option('--category <C>', cliMessages.evidenceCategory).choices(EVIDENCE_CATEGORIES))
    .option('--title <T>', cliMessages.evidenceTitle)
    .option('--allow-duplicate', cliMessages.evidenceAllowDuplicate)
    .option('--recursive', cliMessages.evidenceRecursive)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, paths: string[], options: AddOptions, cmd: Command) =>
      (await import('../actions/evidence')).addEvidence(workspaceFlag(cmd), caseId, paths, options),
    );

  command
    .command('list')
    .description(cliMessages.evidenceList)
    .argument('<case>', cliMessages.caseRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { json?: boolean }, cmd: Command) =>
      (await import('../actions/evidence')).listEvidence(workspaceFlag(cmd), caseId, options),
    );

  return command;
}
