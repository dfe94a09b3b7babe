import { timestampMessages as m } from '../../shared/messages';
import { CliError, ExitCode } from '../exit-codes';
import { printJson, printText } from '../print';
import { withWorkspace } from '../workspace-api';

export interface TimestampOptions {
  tsaUrl?: string;
  json?: boolean;
}

/** `timestamp`: stamps the case's evidence manifest at the TSA given (or the one last used) and prints the new stamp. */
export async function requestTimestamp(workspace: string | undefined, caseId: string, options: TimestampOptions): Promise<void> {
  const overview = await withWorkspace(workspace, async (api) => {
    const tsaUrl = options.tsaUrl ?? (await api.call('timestamps:get', { caseId })).tsaUrl;
    if (!tsaUrl) throw new CliError(m.noTsaUrl, ExitCode.badInput);
    return api.call('timestamps:request', { caseId, tsaUrl }, { labels: { tsaUrl: '--tsa-url' } });
  });
  // Ids are ULIDs, so the stamp just made is the last one.
  const stamp = overview.stamps.at(-1)!;
  if (options.json) printJson(stamp);
  else printText(m.stamped(stamp.genTime ?? '?', stamp.tsa ?? '?', stamp.items));
}
