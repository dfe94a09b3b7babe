import { Command } from 'commander';
import { cliCommandMessages, cliMessages } from '../../shared/messages';
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
    .action(async (ref: string, options: { file?: string; json?: boolean }, cmd: Command) => (await import('../actions/claims')).showClaims(workspaceFlag(cmd), ref, options));
}
