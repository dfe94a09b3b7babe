import { Command, Option } from 'commander';
import type { ImportReport } from '../../shared/api/contract';
import { EVIDENCE_CATEGORIES, type EvidenceCategory } from '../../shared/domain/evidence';
import type { ApiInput } from '../../shared/api/contract';
import { cliCommandMessages, cliMessages, evidenceLabelFieldLabels, evidenceMessages } from '../../shared/messages';
import { evidenceItemByRef, orderWithFirst } from '../evidence-item-ref';
import { readJsonFile } from '../read-json-file';
import { CliError, ExitCode } from '../exit-codes';
import { formatEvidenceListing, formatImported, importReportJson } from '../evidence-output';
import { withProgressLine } from '../import-progress-line';
import { printJson } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

interface AddOptions {
  category?: EvidenceCategory;
  title?: string;
  allowDuplicate?: boolean;
  recursive?: boolean;
  json?: boolean;
}

/** `casebook evidence add|list|label|order` */
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
    .action(async (caseId: string, paths: string[], options: AddOptions, cmd: Command) => {
      let progress: ReturnType<typeof withProgressLine> | undefined;
      const report = await withWorkspace(
        workspaceFlag(cmd),
        (api) =>
          api.call('evidence:import-paths', {
            caseId,
            paths,
            category: options.category,
            title: options.title,
            allowDuplicate: options.allowDuplicate ?? false,
            recursive: options.recursive ?? false,
          }),
        (handlers) => (progress = withProgressLine(handlers)).handlers,
      ).finally(() => progress?.done());
      if (options.json) printJson(importReportJson(report));
      else console.log(formatImported(report.imported));
      for (const warning of report.warnings) console.error(warning);
      failIfRejected(report);
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

  command
    .command('label')
    .description(cliCommandMessages.evidenceLabel)
    .argument('<case>', cliMessages.caseRef)
    .argument('<item>', cliCommandMessages.evidenceLabelItem)
    .requiredOption('--file <F>', cliCommandMessages.evidenceLabelFile)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, ref: string, options: { file: string; json?: boolean }, cmd: Command) => {
      const labels = await readJsonFile<ApiInput<'evidence:update'>['labels']>(options.file);
      const updated = await withWorkspace(workspaceFlag(cmd), async (api) => {
        const { items } = await api.call('evidence:list', { caseId });
        const item = evidenceItemByRef(items, ref);
        return api.call('evidence:update', { caseId, itemId: item.id, labels }, { heading: (count) => cliMessages.fileErrors(options.file, count), labels: evidenceLabelFieldLabels });
      });
      if (options.json) printJson(updated);
      else console.log(cliCommandMessages.labelled(updated.exhibitNumber === undefined ? cliMessages.evidenceRemoved : evidenceMessages.exhibit(updated.exhibitNumber), updated.title));
    });

  command
    .command('order')
    .description(cliCommandMessages.evidenceOrder)
    .argument('<case>', cliMessages.caseRef)
    .argument('<item...>', cliCommandMessages.evidenceOrderItems)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, refs: string[], options: { json?: boolean }, cmd: Command) => {
      const listing = await withWorkspace(workspaceFlag(cmd), async (api) => {
        const { items } = await api.call('evidence:list', { caseId });
        await api.call('evidence:reorder', { caseId, order: orderWithFirst(items, refs) });
        return api.call('evidence:list', { caseId });
      });
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
