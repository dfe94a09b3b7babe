import { cliMessages } from '../../shared/messages';
import { serveInBrowser } from '../../hosts/web/serve-in-browser';
import { CliError, ExitCode } from '../exit-codes';

export interface WebOptions {
  port: number;
  open: boolean;
  /** `--allow-path-import`: scripts may import evidence by path through the host's API. */
  allowPathImport?: boolean;
}

/** `web`: serves the app until Ctrl+C; a busy port is the caller's to change, not a crash. */
export async function serveWeb(workspace: string | undefined, options: WebOptions): Promise<void> {
  try {
    await serveInBrowser({ workspaceFlag: workspace, port: options.port, openBrowser: options.open, allowPathImport: options.allowPathImport ?? false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(cliMessages.portInUse(options.port), ExitCode.badInput);
    }
    throw error;
  }
}
