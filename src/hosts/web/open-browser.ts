import { dirname } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { hostMessages } from '../../shared/messages/cli';
import { dossierMessages } from '../../shared/messages/dossier';

/** On Linux a browser needs a graphical session; elsewhere there always is one. */
const hasDisplay = (env: NodeJS.ProcessEnv = process.env): boolean =>
  process.platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);

/** Opens the address in the default browser if there is one; never fails the host over it. */
export async function openInBrowser(url: string): Promise<void> {
  if (!hasDisplay()) return void console.log(hostMessages.noDisplay);
  try {
    // Only a host that opens a browser loads the package (and its platform probes).
    const { default: open } = await import('open');
    const child = await open(url);
    child.once('error', () => console.log(hostMessages.browserOpenFailed));
    child.unref();
  } catch {
    console.log(hostMessages.browserOpenFailed);
  }
}

/**
 * Opens the folder holding `file` in the system's file manager (the 导出 tab's 打开文件夹): the web
 * host runs on the person's own computer. Fails with the reason when there is no graphical session.
 */
export async function openFolderOf(file: string): Promise<void> {
  if (!hasDisplay()) throw new ApiFailure('unsupported', dossierMessages.revealUnsupported);
  const { default: open } = await import('open');
  const child = await open(dirname(file));
  child.unref();
}
