import { hostMessages } from '../../shared/messages/cli';
import { rendererDir } from '../app-paths';
import { openWorkspace } from '../open-workspace';
import { withExportReveal } from '../exports/reveal-export';
import { openFolderOf, openInBrowser } from './open-browser';
import { startWebHost } from './web-host';

export interface ServeOptions {
  workspaceFlag?: string;
  port?: number;
  openBrowser: boolean;
  /** Accept file paths in `evidence:import-paths` (`casebook web --allow-path-import`). */
  allowPathImport?: boolean;
}

/**
 * Runs the app in the browser until SIGINT/SIGTERM: opens the workspace, starts the loopback web
 * host, prints its address (with the token) and closes both cleanly on the signal. Used by
 * `casebook web` and by the launcher when Electron is unavailable.
 */
export async function serveInBrowser(options: ServeOptions): Promise<void> {
  const { session, handlers } = await openWorkspace(options.workspaceFlag);
  try {
    const revealing = withExportReveal(handlers, () => session.dossier, openFolderOf);
    const host = await startWebHost({
      handlers: revealing,
      workspace: session,
      rendererDir: rendererDir(),
      port: options.port,
      fileAccess: { allowPathImport: options.allowPathImport },
    });
    console.log(hostMessages.webReady(host.url));
    console.log(hostMessages.webStop);
    if (options.openBrowser) await openInBrowser(host.url);
    await stopSignal();
    await host.close();
  } finally {
    session.close();
  }
  console.log(hostMessages.webStopped);
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
