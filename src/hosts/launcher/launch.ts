import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { hostMessages } from '../../shared/messages/cli';
import { appRoot } from '../app-paths';
import { serveInBrowser } from '../web/serve-in-browser';
import { electronPackageDir, findElectronBinary, installElectron } from './electron-binary';

/**
 * What `npm start` runs: the Electron app when its binary is there (or can still be downloaded),
 * otherwise the same app in the browser through the loopback web host.
 *
 * Usage: node out/main/launch.js [--workspace DIR] [--no-open]
 */

interface LaunchOptions {
  workspace?: string;
  open: boolean;
}

function readOptions(): LaunchOptions {
  const { values } = parseArgs({
    options: { workspace: { type: 'string' }, open: { type: 'boolean', default: true } },
    allowNegative: true,
  });
  return { workspace: values.workspace, open: values.open ?? true };
}

async function electronBinary(): Promise<string | null> {
  const packageDir = electronPackageDir();
  if (!packageDir) return null;
  const found = findElectronBinary(packageDir);
  if (found) return found;
  console.log(hostMessages.electronDownloading);
  const installed = await installElectron(packageDir);
  if (!installed.ok) console.log(hostMessages.electronDownloadFailed(installed.reason));
  return findElectronBinary(packageDir);
}

/** Runs `electron .` and resolves with its exit code, or null if it could not be started at all. */
function runElectron(binary: string, options: LaunchOptions): Promise<number | null> {
  // Inherited from some shells and tools: the first would make Electron behave as plain Node, the
  // second would point the window at a dev server (the packaged app ignores it, but it has no business here).
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ELECTRON_RENDERER_URL: _rendererUrl, ...env } = process.env;
  const args = [appRoot(), ...(options.workspace ? ['--workspace', options.workspace] : [])];
  const child = spawn(binary, args, { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.once('error', () => resolve(null));
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function launch(): Promise<number> {
  const options = readOptions();
  const binary = await electronBinary();
  const exitCode = binary ? await runElectron(binary, options) : null;
  if (exitCode !== null) return exitCode;
  console.log(hostMessages.electronMissing);
  await serveInBrowser({ workspaceFlag: options.workspace, openBrowser: options.open });
  return 0;
}

try {
  process.exitCode = await launch();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
