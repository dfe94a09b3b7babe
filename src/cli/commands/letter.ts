import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { LETTER_KINDS, type LetterKind } from '../../shared/domain/letters';
import { cliMessages, letterKindLabels } from '../../shared/messages';
import { LETTER_FORMATS } from '../letter-file-format';
import type { LetterOptions } from '../actions/letter';
import { workspaceFlag } from './global-options';

const parseKind = (value: string): LetterKind => {
  const kind = LETTER_KINDS.find((known) => known === value);
  if (!kind) throw new InvalidArgumentError(cliMessages.unknownLetterKind(value, LETTER_KINDS.map((k) => [k, letterKindLabels[k]] as const)));
  return kind;
};

/** `casebook letter <case> <kind> --out FILE [--format pdf|txt|eml]`: a document from the case as it is now, not saved in it. */
export function letterCommand(): Command {
  return new Command('letter')
    .description(cliMessages.letter)
    .argument('<case>', cliMessages.caseRef)
    .addArgument(new Argument('<kind>', cliMessages.letterKind).argParser(parseKind))
    .requiredOption('--out <FILE>', cliMessages.letterOut)
    .addOption(new Option('--format <F>', cliMessages.letterFormat).choices(LETTER_FORMATS))
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, kind: LetterKind, options: LetterOptions, cmd: Command) =>
      (await import('../actions/letter')).writeLetter(workspaceFlag(cmd), caseId, kind, options),
    );
}
