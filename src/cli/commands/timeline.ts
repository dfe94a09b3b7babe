import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { workspaceFlag } from './global-options';

/** `casebook timeline <case>`: the negotiation history with its deadlines and the advisor's suggestions. */
export function timelineCommand(): Command {
  return new Command('timeline')
    .description(cliMessages.timeline)
    .argument('<case>', cliMessages.caseRef)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { json?: boolean }, cmd: Command) =>
      (await import('../actions/timeline')).showTimeline(workspaceFlag(cmd), caseId, options),
    );
}
