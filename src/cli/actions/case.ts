import type { ApiInput } from '../../shared/api/contract';
import { cliMessages } from '../../shared/messages';
import { formatCaseDetail } from '../output';
import { printJson, printText } from '../print';
import { readJsonFile } from '../read-json-file';
import { withWorkspace } from '../workspace-api';

/** `case create --file F`: prints `{ id, folder }` as JSON. */
export async function createCase(workspace: string | undefined, options: { file: string }): Promise<void> {
  const intake = await readJsonFile<ApiInput<'cases:create'>['intake']>(options.file);
  const created = await withWorkspace(workspace, (api) =>
    api.call('cases:create', { intake }, { heading: (count) => cliMessages.fileErrors(options.file, count) }),
  );
  printJson(created);
}

export async function showCase(workspace: string | undefined, ref: string, options: { json?: boolean }): Promise<void> {
  const detail = await withWorkspace(workspace, (api) => api.call('cases:get', { ref }));
  if (options.json) printJson(detail);
  else printText(formatCaseDetail(detail));
}
