import { Command, Option } from 'commander';
import { EVIDENCE_CATEGORIES } from '../../shared/domain/evidence';
import { cliMessages, ocrMessages } from '../../shared/messages';
import type { AddOptions } from '../actions/evidence';
import { workspaceFlag } from './global-options';

/** `casebook evidence add|list|ocr` */
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
    .option('--no-ocr', ocrMessages.cliNoOcr)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, paths: string[], options: AddOptions, cmd: Command) =>
      (await import('../actions/evidence')).addEvidence(workspaceFlag(cmd), caseId, paths, options),
    );

  command
    .command('ocr')
    .description(ocrMessages.cliCommand)
    .argument('<case>', cliMessages.caseRef)
    .argument('[item...]', ocrMessages.cliItems)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, refs: string[], options: { json?: boolean }, cmd: Command) =>
      (await import('../actions/ocr')).readEvidenceText(workspaceFlag(cmd), caseId, refs, options),
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
