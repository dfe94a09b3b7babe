import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { dossierCliMessages as m } from '../../shared/messages/dossier';
import type { DossierOptions } from '../actions/dossier';
import { workspaceFlag } from './global-options';

/**
 * `casebook dossier <case> --out DIR [--json]`: writes `<case folder>-卷宗.pdf` and
 * `<case folder>-卷宗.zip` into DIR and prints their paths (`--json`: `{"pdf","zip","pages","exhibits"}`).
 */
export function dossierCommand(): Command {
  return new Command('dossier')
    .description(m.description)
    .argument('<case>', cliMessages.caseRef)
    .requiredOption('--out <DIR>', m.out)
    .option('--json', cliMessages.jsonOption)
    .action(async (caseId: string, options: DossierOptions, cmd: Command) => (await import('../actions/dossier')).writeDossier(workspaceFlag(cmd), caseId, options));
}
