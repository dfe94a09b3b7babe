import { Command, InvalidArgumentError } from 'commander';
import { cliMessages } from '../../shared/messages';
import { serveInBrowser } from '../../hosts/web/serve-in-browser';
import { CliError, ExitCode } from '../exit-codes';
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
    .action(async (options: { port: number; open: boolean; allowPathImport?: boolean }, cmd: Command) => {
      try {
        await serveInBrowser({
          workspaceFlag: workspaceFlag(cmd),
          port: options.port,
          openBrowser: options.open,
          allowPathImport: options.allowPathImport ?? false,
        });
      } catch (error) {
        // A busy port is the caller's to change, not a crash.
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new CliError(cliMessages.portInUse(options.port), ExitCode.badInput);
        }
        throw error;
      }
    });
}
