import { cliMessages } from '../../shared/messages';
import { formatDamaged } from '../output';
import { printJson, printText } from '../print';
import { withWorkspace } from '../workspace-api';

/** `reindex`: prints how many cases were indexed and the damaged folders with their reasons. */
export async function reindex(workspace: string | undefined, options: { json?: boolean }): Promise<void> {
  const report = await withWorkspace(workspace, (api) => api.call('index:rebuild', {}));
  if (options.json) return printJson(report);
  printText([cliMessages.reindexed(report.indexed), formatDamaged(report.damaged)].filter(Boolean).join('\n\n'));
}
