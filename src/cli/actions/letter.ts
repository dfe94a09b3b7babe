import { resolve } from 'node:path';
import type { MissingFact } from '../../shared/domain/letter-document';
import type { LetterKind } from '../../shared/domain/letters';
import { cliCommandMessages, cliMessages, fieldLabels, letterDisclaimer, letterKindLabels } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { renderLetterFile } from '../letter-file';
import { letterFormatFor, type LetterFormat } from '../letter-file-format';
import { printJson, printText } from '../print';
import { writeOutputFile } from '../write-output-file';
import { withWorkspace } from '../workspace-api';

export interface LetterOptions {
  out: string;
  format?: LetterFormat;
  json?: boolean;
}

/** One line per fact the case lacks, named by its field (and label, where it is an intake field). */
const formatMissing = (kind: LetterKind, missing: readonly MissingFact[]): string =>
  [
    cliMessages.letterMissingFacts(letterKindLabels[kind], missing.length),
    ...missing.map(({ field, message }) => `  ${cliMessages.fieldError(field, fieldLabels[field], message)}`),
  ].join('\n');

/** `letter`: renders one document of the case and writes it to `--out`; prints the path (or JSON). */
export async function writeLetter(workspace: string | undefined, caseId: string, kind: LetterKind, options: LetterOptions): Promise<void> {
  const format = letterFormatFor(options.out, options.format);
  // Rendered in full before anything is written: a case that lacks a fact leaves no file behind.
  const { file, warnings } = await withWorkspace(workspace, (api) =>
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
  else printText(path);
}
