import { Command } from 'commander';
import { cliMessages, timestampMessages } from '../../shared/messages';
import type { TimestampOptions } from '../actions/timestamp';
import { workspaceFlag } from './global-options';

/**
 * `casebook timestamp <case> [--tsa-url URL] [--json]`: asks an RFC 3161 time-stamping service to stamp
 * the case's evidence manifest now. The address given is remembered; without it the last one is used.
 */
export function timestampCommand(): Command {
  return new Command('timestamp')
    .description(timestampMessages.command)
    .argument('<case>', cliMessages.caseRef)
    .option('--tsa-url <URL>', timestampMessages.tsaUrlOption)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: TimestampOptions, cmd: Command) =>
      (await import('../actions/timestamp')).requestTimestamp(workspaceFlag(cmd), caseId, options),
    );
}
