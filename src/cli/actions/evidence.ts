import type { ImportReport } from '../../shared/api/contract';
import type { EvidenceCategory } from '../../shared/domain/evidence';
import { cliMessages } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { formatEvidenceListing, formatImported, importReportJson } from '../evidence-output';
import { withProgressLine } from '../import-progress-line';
import { awaitReadings } from '../ocr-run';
import { printError, printJson, printText } from '../print';
import { withWorkspace } from '../workspace-api';

export interface AddOptions {
  category?: EvidenceCategory;
  title?: string;
  allowDuplicate?: boolean;
  recursive?: boolean;
  json?: boolean;
  /** false with --no-ocr */
  ocr: boolean;
}

/**
 * `evidence add`: imports the files, prints each new item, and names every refused file on stderr;
 * then waits for the new images to be read (OCR), unless --no-ocr or the person's setting says no.
 */
export async function addEvidence(workspace: string | undefined, caseId: string, paths: string[], options: AddOptions): Promise<void> {
  let progress: ReturnType<typeof withProgressLine> | undefined;
  await withWorkspace(
    workspace,
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
      else printText(formatImported(report.imported));
      for (const warning of report.warnings) printError(warning);
      // The import stands whatever the reading does; its progress and failures go to stderr.
      const { items } = await api.call('ocr:status', { caseId });
      const imported = new Set(report.imported.map((item) => item.id));
      await awaitReadings(api, caseId, items.filter((item) => imported.has(item.itemId)).map((item) => item.itemId));
      failIfRejected(report);
    },
    (handlers) => (progress = withProgressLine(handlers)).handlers,
  );
}

export async function listEvidence(workspace: string | undefined, caseId: string, options: { json?: boolean }): Promise<void> {
  const listing = await withWorkspace(workspace, (api) => api.call('evidence:list', { caseId }));
  if (options.json) printJson(listing);
  else printText(formatEvidenceListing(listing));
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
