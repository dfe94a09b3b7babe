import type { ApiInput } from '../../shared/api/contract';
import { cliMessages } from '../../shared/messages';
import { formatCaseDetail, formatCaseListing } from '../output';
import { printJson, printText } from '../print';
import { readJsonFile } from '../read-json-file';
import { withWorkspace } from '../workspace-api';

export type CaseView = 'active' | 'archived' | 'trashed';

/** `case create --file F`: prints `{ id, folder }` as JSON. */
export async function createCase(workspace: string | undefined, options: { file: string }): Promise<void> {
  const intake = await readJsonFile<ApiInput<'cases:create'>['intake']>(options.file);
  const created = await withWorkspace(workspace, (api) =>
    api.call('cases:create', { intake }, { heading: (count) => cliMessages.fileErrors(options.file, count) }),
  );
  printJson(created);
}

export async function listCases(workspace: string | undefined, options: { view: CaseView; json?: boolean }): Promise<void> {
  const listing = await withWorkspace(workspace, (api) => api.call('cases:list', { view: options.view }));
  if (options.json) printJson(listing);
  else printText(formatCaseListing(listing));
}

export async function showCase(workspace: string | undefined, ref: string, options: { json?: boolean }): Promise<void> {
  const detail = await withWorkspace(workspace, (api) => api.call('cases:get', { ref }));
  if (options.json) printJson(detail);
  else printText(formatCaseDetail(detail));
}
