import { Command, InvalidArgumentError } from 'commander';
import { cliMessages } from '../../shared/messages';
import type { WebOptions } from '../actions/web';
import { workspaceFlag } from './global-options';

const parsePort = (value: string): number => {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(cliMessages.badPort);
  return port;
};

/** `casebook web`: the app in a browser on this machine, until Ctrl+C. */
export function webCommand(): Command {
  return new Command('web')
    .description(cliMessages.web)
    .option('--port <N>', cliMessages.webPort, parsePort, 0)
    .option('--no-open', cliMessages.webNoOpen)
    .option('--allow-path-import', cliMessages.webAllowPathImport)
    .action(async (options: WebOptions, cmd: Command) => (await import('../actions/web')).serveWeb(workspaceFlag(cmd), options));
}
