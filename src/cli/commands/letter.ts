import { resolve } from 'node:path';
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { MissingFact } from '../../shared/domain/letter-document';
import { LETTER_KINDS, type LetterKind } from '../../shared/domain/letters';
import { cliCommandMessages, cliMessages, fieldLabels, letterDisclaimer, letterKindLabels } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { LETTER_FORMATS, letterFormatFor, renderLetterFile, type LetterFormat } from '../letter-file';
import { printJson } from '../output';
import { writeOutputFile } from '../write-output-file';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

interface LetterOptions {
  out: string;
  format?: LetterFormat;
  json?: boolean;
}

const parseKind = (value: string): LetterKind => {
  const kind = LETTER_KINDS.find((known) => known === value);
  if (!kind) throw new InvalidArgumentError(cliMessages.unknownLetterKind(value, LETTER_KINDS.map((k) => [k, letterKindLabels[k]] as const)));
  return kind;
};

/** One line per fact the case lacks, named by its field (and label, where it is an intake field). */
const formatMissing = (kind: LetterKind, missing: readonly MissingFact[]): string =>
  [
    cliMessages.letterMissingFacts(letterKindLabels[kind], missing.length),
    ...missing.map(({ field, message }) => `  ${cliMessages.fieldError(field, fieldLabels[field], message)}`),
  ].join('\n');

/** `casebook letter <case> <kind> --out FILE [--format pdf|txt|eml]`: a document from the case as it is now, not saved in it. */
export function letterCommand(): Command {
  return new Command('letter')
    .description(cliMessages.letter)
    .argument('<case>', cliMessages.caseRef)
    .addArgument(new Argument('<kind>', cliMessages.letterKind).argParser(parseKind))
    .requiredOption('--out <FILE>', cliMessages.letterOut)
    .addOption(new Option('--format <F>', cliMessages.letterFormat).choices(LETTER_FORMATS))
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, kind: LetterKind, options: LetterOptions, cmd: Command) => {
      const format = letterFormatFor(options.out, options.format);
      // Rendered in full before anything is written: a case that lacks a fact leaves no file behind.
      const { file, warnings } = await withWorkspace(workspaceFlag(cmd), (api) =>
        api.direct(async (session) => {
          const built = await session.letters.build(caseId, kind);
          if (!built.ok) throw new CliError(formatMissing(kind, built.missing), ExitCode.badInput);
          return { file: await renderLetterFile(built.document, format, () => session.letters.emlFor(caseId, built.document)), warnings: built.warnings };
        }),
      );
      const path = resolve(options.out);
      await writeOutputFile(path, file.bytes);
      // Beside the document, never in it: the file goes to the platform, the regulator or the court.
      for (const warning of warnings) console.error(cliCommandMessages.letterWarning(warning));
      console.error(letterDisclaimer);
      if (options.json) printJson({ file: path, format, kind, ...(file.pages === undefined ? {} : { pages: file.pages }) });
      else console.log(path);
    });
}
