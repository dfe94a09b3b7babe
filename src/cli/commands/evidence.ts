import { Command, Option } from 'commander';
import { EVIDENCE_CATEGORIES } from '../../shared/domain/evidence';
import { cliCommandMessages, cliMessages, ocrMessages } from '../../shared/messages';
import type { AddOptions } from '../actions/evidence';
import { workspaceFlag } from './global-options';

/** `casebook evidence add|list|ocr|label|order` */
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

  command
    .command('label')
    .description(cliCommandMessages.evidenceLabel)
    .argument('<case>', cliMessages.caseRef)
    .argument('<item>', cliCommandMessages.evidenceLabelItem)
    .requiredOption('--file <F>', cliCommandMessages.evidenceLabelFile)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, item: string, options: { file: string; json?: boolean }, cmd: Command) =>
      (await import('../actions/evidence-labels')).labelEvidence(workspaceFlag(cmd), caseId, item, options),
    );

  command
    .command('order')
    .description(cliCommandMessages.evidenceOrder)
    .argument('<case>', cliMessages.caseRef)
    .argument('<item...>', cliCommandMessages.evidenceOrderItems)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, items: string[], options: { json?: boolean }, cmd: Command) =>
      (await import('../actions/evidence-labels')).orderEvidence(workspaceFlag(cmd), caseId, items, options),
    );

  return command;
}
