import { Command } from 'commander';
import type { ApiInput } from '../../shared/api/contract';
import { claimsFieldLabels, cliCommandMessages, cliMessages } from '../../shared/messages';
import { claimModelJson, formatClaimModel } from '../claims-output';
import { printJson } from '../output';
import { readJsonFile } from '../read-json-file';
import { withWorkspace } from '../workspace-api';
import { workspaceFlag } from './global-options';

/**
 * `casebook claims <case> [--file CLAIMS.json] [--json]`: sets the claims from the app's object when a
 * file is given, and always prints the claim model every document uses.
 */
export function claimsCommand(): Command {
  return new Command('claims')
    .description(cliCommandMessages.claims)
    .argument('<case>', cliMessages.caseRef)
    .option('--file <F>', cliCommandMessages.claimsFile)
    .option('--json', cliMessages.jsonOption)
    .action(async (ref: string, options: { file?: string; json?: boolean }, cmd: Command) => {
      const claims = options.file === undefined ? undefined : await readJsonFile<ApiInput<'cases:set-claims'>['claims']>(options.file);
      const { record } = await withWorkspace(workspaceFlag(cmd), (api) =>
        claims === undefined
          ? api.call('cases:get', { ref })
          : api.call('cases:set-claims', { id: ref, claims }, { heading: (count) => cliMessages.fileErrors(options.file!, count), labels: claimsFieldLabels }),
      );
      if (options.json) printJson(claimModelJson(record));
      else console.log(formatClaimModel(record));
    });
}
