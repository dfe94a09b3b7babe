import { Command, Option } from 'commander';
import type { ImportReport } from '../../shared/api/contract';
import { EVIDENCE_CATEGORIES, type EvidenceCategory } from '../../shared/domain/evidence';
import { cliMessages, ocrMessages } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { formatEvidenceListing, formatImported, importReportJson } from '../evidence-output';
import { withProgressLine } from '../import-progress-line';
import { awaitReadings, formatReadings, ocrResultJson, resolveItems } from '../ocr-run';
import { printJson } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

interface AddOptions {
  category?: EvidenceCategory;
  title?: string;
  allowDuplicate?: boolean;
  recursive?: boolean;
  json?: boolean;
  /** false with --no-ocr */
  ocr: boolean;
}

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
    .action(async (caseId: string, paths: string[], options: AddOptions, cmd: Command) => {
      let progress: ReturnType<typeof withProgressLine> | undefined;
      await withWorkspace(
        workspaceFlag(cmd),
        async (api) => {
          const report = await api
            .call('evidence:import-paths', {
              caseId,
              paths,
              category: options.category,
              title: options.title,
              allowDuplicate: options.allowDuplicate ?? false,
              recursive: options.recursive ?? false,
              // --no-ocr says no; otherwise the person's setting decides.
              ...(options.ocr ? {} : { ocr: false }),
            })
            .finally(() => progress?.done());
          if (options.json) printJson(importReportJson(report));
          else console.log(formatImported(report.imported));
          for (const warning of report.warnings) console.error(warning);
          // The import stands whatever the reading does; its progress and failures go to stderr.
          const { items } = await api.call('ocr:status', { caseId });
          const imported = new Set(report.imported.map((item) => item.id));
          await awaitReadings(api, caseId, items.filter((item) => imported.has(item.itemId)).map((item) => item.itemId));
          failIfRejected(report);
        },
        (handlers) => (progress = withProgressLine(handlers)).handlers,
      );
    });

  command
    .command('ocr')
    .description(ocrMessages.cliCommand)
    .argument('<case>', cliMessages.caseRef)
    .argument('[item...]', ocrMessages.cliItems)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, refs: string[], options: { json?: boolean }, cmd: Command) => {
      const read = await withWorkspace(workspaceFlag(cmd), async (api) => {
        const { items } = await api.call('evidence:list', { caseId });
        const itemIds = refs.length > 0 ? resolveItems(items, refs) : undefined;
        const { queued } = await api.call('ocr:read', { caseId, ...(itemIds ? { itemIds } : {}) });
        await awaitReadings(api, caseId, queued);
        return (await api.call('evidence:list', { caseId })).items.filter((item) => queued.includes(item.id));
      });
      if (options.json) printJson({ items: read.map(ocrResultJson) });
      else console.log(formatReadings(read));
      if (read.some((item) => item.ocr?.status === 'failed')) process.exitCode = ExitCode.failure;
    });

  command
    .command('list')
    .description(cliMessages.evidenceList)
    .argument('<case>', cliMessages.caseRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { json?: boolean }, cmd: Command) => {
      const listing = await withWorkspace(workspaceFlag(cmd), (api) => api.call('evidence:list', { caseId }));
      if (options.json) printJson(listing);
      else console.log(formatEvidenceListing(listing));
    });

  return command;
}

/** Refusals the caller can act on; `folder` means a folder was given without --recursive. */
const CALLER_FIXABLE = new Set(['invalid', 'not-found', 'duplicate', 'folder']);

/**
 * Every refused file is named on stderr; the exit code is 2 (the caller can fix it: a duplicate, a
 * folder without --recursive, a link, a missing file) unless a refusal was the machine's fault
 * (disk full, permissions), then 1.
 */
function failIfRejected(report: ImportReport): void {
  if (report.rejected.length === 0) return;
  const lines = report.rejected.map((rejection) => rejection.message);
  const machineFault = report.rejected.some((rejection) => !CALLER_FIXABLE.has(rejection.code));
  throw new CliError(
    [...lines, cliMessages.rejectedSummary(report.rejected.length, report.imported.length)].join('\n'),
    machineFault ? ExitCode.failure : ExitCode.badInput,
  );
}
