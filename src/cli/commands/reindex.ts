import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { formatDamaged, printJson, printText } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/** `casebook reindex`: rebuilds `.casebook/index.sqlite` from the case folders. */
export function reindexCommand(): Command {
  return new Command('reindex')
    .description(cliMessages.reindex)
    .option('--json', cliMessages.jsonOption)
    .action(async (options: { json?: boolean }, cmd: Command) => {
      const report = await withWorkspace(workspaceFlag(cmd), (api) => api.call('index:rebuild', {}));
      if (options.json) return printJson(report);
      printText([cliMessages.reindexed(report.indexed), formatDamaged(report.damaged)].filter(Boolean).join('\n\n'));
    });
}
