import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { printJson, printText } from '../output';
import { formatTimeline } from '../timeline-output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/** `casebook timeline <case>`: the negotiation history with its deadlines and the advisor's suggestions. */
export function timelineCommand(): Command {
  return new Command('timeline')
    .description(cliMessages.timeline)
    .argument('<case>', cliMessages.caseRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { json?: boolean }, cmd: Command) => {
      const view = await withWorkspace(workspaceFlag(cmd), (api) => api.call('timeline:get', { caseId }));
      if (options.json) printJson(view);
      else printText(formatTimeline(view));
    });
}
