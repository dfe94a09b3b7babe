import { cliMessages } from '../../shared/messages';
import { serveInBrowser } from '../../hosts/web/serve-in-browser';
import { CliError, ExitCode } from '../exit-codes';

/** `web`: serves the app until Ctrl+C; a busy port is the caller's to change, not a crash. */
export async function serveWeb(workspace: string | undefined, options: { port: number; open: boolean }): Promise<void> {
  try {
    await serveInBrowser({ workspaceFlag: workspace, port: options.port, openBrowser: options.open });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(cliMessages.portInUse(options.port), ExitCode.badInput);
    }
    throw error;
  }
}
