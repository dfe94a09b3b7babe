import { Command } from 'commander';
import { cliMessages, timestampMessages as m } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { printJson, printText } from '../output';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/**
 * `casebook timestamp <case> [--tsa-url URL] [--json]`: asks an RFC 3161 time-stamping service to stamp
 * the case's evidence manifest now. The address given is remembered; without it the last one is used.
 */
export function timestampCommand(): Command {
  return new Command('timestamp')
    .description(m.command)
    .argument('<case>', cliMessages.caseRef)
    .option('--tsa-url <URL>', m.tsaUrlOption)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: { tsaUrl?: string; json?: boolean }, cmd: Command) => {
      const overview = await withWorkspace(workspaceFlag(cmd), async (api) => {
        const tsaUrl = options.tsaUrl ?? (await api.call('timestamps:get', { caseId })).tsaUrl;
        if (!tsaUrl) throw new CliError(m.noTsaUrl, ExitCode.badInput);
        return api.call('timestamps:request', { caseId, tsaUrl }, { labels: { tsaUrl: '--tsa-url' } });
      });
      // Ids are ULIDs, so the stamp just made is the last one.
      const stamp = overview.stamps.at(-1)!;
      if (options.json) printJson(stamp);
      else printText(m.stamped(stamp.genTime ?? '?', stamp.tsa ?? '?', stamp.items));
    });
}
