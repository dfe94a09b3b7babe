import type { ApiInput } from '../../shared/api/contract';
import { cliMessages, timelineFieldLabels } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { printJson, printText } from '../print';
import { readJsonFile } from '../read-json-file';
import { formatEvent, newestEvent } from '../timeline-output';
import { withWorkspace } from '../workspace-api';

/** `event add`: one timeline entry from a JSON file; prints it as stored, with its deadline. */
export async function addEvent(workspace: string | undefined, caseId: string, options: { file: string; json?: boolean }): Promise<void> {
  const event = await readJsonFile<ApiInput<'timeline:add'>['event']>(options.file);
  const view = await withWorkspace(workspace, (api) =>
    api.call('timeline:add', { caseId, event }, { heading: (count) => cliMessages.fileErrors(options.file, count), labels: timelineFieldLabels }),
  );
  const created = newestEvent(view);
  // The view always holds the entry just written; its absence would be a bug in the core.
  if (!created) throw new CliError(cliMessages.unexpected, ExitCode.failure);
  if (options.json) printJson(created);
  else printText(formatEvent(created));
}
