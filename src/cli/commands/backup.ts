import { Command } from 'commander';
import { cliMessages } from '../../shared/messages';
import { backupMessages } from '../../shared/messages/backup';
import type { BackupOptions } from '../actions/backup';
import { workspaceFlag } from './global-options';

/** `casebook backup --out F.zip`: every case folder, the index (SQLite backup API, integrity-checked) and the settings. */
export function backupCommand(): Command {
  return new Command('backup')
    .description(backupMessages.backupCommand)
    .requiredOption('--out <F.zip>', backupMessages.backupOut)
    .option('--json', cliMessages.jsonOption)
    .action(async (options: BackupOptions, cmd: Command) => (await import('../actions/backup')).backup(workspaceFlag(cmd), options));
}

/** `casebook --workspace DIR restore F.zip`: into an empty or new workspace, then verify every case. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description(backupMessages.restoreCommand)
    .argument('<F.zip>', backupMessages.restoreArgument)
    .option('--json', cliMessages.jsonOption)
    .action(async (archive: string, options: { json?: boolean }, cmd: Command) => (await import('../actions/backup')).restore(workspaceFlag(cmd), archive, options));
}
