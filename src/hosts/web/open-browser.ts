import { hostMessages } from '../../shared/messages/cli';

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
