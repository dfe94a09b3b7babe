import type { ApiInput } from '../../shared/api/contract';
import { cliMessages, trashMessages } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
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

export interface PurgeOptions {
  allTrashed?: boolean;
  yes?: boolean;
  json?: boolean;
}

/**
 * `case purge <case>|--all-trashed [--yes]`: without `--yes` it only names what would be deleted and
 * exits 2, so nothing is lost to a mistyped command; with it, deletes and prints what went.
 */
export async function purgeCases(workspace: string | undefined, ref: string | undefined, options: PurgeOptions): Promise<void> {
  if ((ref === undefined) === !options.allTrashed) throw new CliError(trashMessages.cliPurgeWhich, ExitCode.badInput);
  await withWorkspace(workspace, async (api) => {
    if (!options.yes) {
      const named = ref === undefined ? (await api.call('cases:list', { view: 'trashed' })).cases : [(await api.call('cases:get', { ref })).record];
      if (ref !== undefined && named[0]?.lifecycle !== 'trashed') throw new CliError(trashMessages.notTrashed(ref), ExitCode.badInput);
      if (named.length === 0) return printText(trashMessages.nothingToPurge);
      const lines = named.map((c) => `  ${c.id}  ${c.title}`);
      throw new CliError([trashMessages.wouldPurge(named.length), ...lines, trashMessages.confirmWithYes].join('\n'), ExitCode.badInput);
    }
    const { purged } = await api.call('cases:purge', ref === undefined ? { allTrashed: true } : { ids: [ref] });
    if (options.json) printJson({ purged });
    else printText([trashMessages.cliPurged(purged.length), ...purged.map((c) => `  ${c.folder}  ${c.title}`)].join('\n'));
  });
}
