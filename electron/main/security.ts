import { app, shell, type Session } from 'electron';
import { SECURITY_HEADERS } from '../../src/hosts/security-headers';
import { isPermissionAllowed } from './permission-policy';
import { isSafeExternalUrl, isTrustedUrl } from './url-policy';

/**
 * The Electron security baseline: navigation and new windows locked to our origin, every permission
 * but clipboard writing denied, vetted external links. The window's own settings (isolated, sandboxed,
 * no Node) are written out where the window is made (`index.ts`), where Electronegativity can check them.
 */

/** The headers (CSP included) on every response of the `app://` protocol. */
export const APP_RESPONSE_HEADERS = SECURITY_HEADERS;

/**
 * The app needs no camera, notifications, clipboard-read or anything else a page can ask for; only
 * our own pages may write to the clipboard (see `permission-policy.ts`).
 */
export function restrictPermissions(session: Session, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, origins)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, origins));
}

/** Hands a link to the system browser or mail app, but only an http(s)/mailto one. */
export function openExternalIfSafe(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('openExternal failed', error));
}

/**
 * Applies to every web contents ever created (windows, devtools, anything a page might spawn): no
 * navigation or redirect away from our origin, no new windows, no <webview>. Links to the web open
 * in the system browser instead.
 */
export function lockDownWebContents(trustedOrigins: readonly string[], openAppFile: (url: string) => boolean = () => false): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (details) => {
      if (isTrustedUrl(details.url, trustedOrigins)) return;
      details.preventDefault();
      openExternalIfSafe(details.url);
    });
    contents.on('will-redirect', (details) => {
      if (!isTrustedUrl(details.url, trustedOrigins)) details.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Our own files (a letter's PDF) open in the system viewer; web links in the system browser.
      if (!openAppFile(url)) openExternalIfSafe(url);
      return { action: 'deny' };
    });
  });
}
