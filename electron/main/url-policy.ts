/**
 * Which URLs the Electron app trusts, as pure functions (no `electron` import) so they are unit-tested
 * under plain Node. `security.ts` and `ipc.ts` apply them.
 */
import { parseExportFilePath } from '../../src/shared/api/export-transfer';
import { parseLetterFilePath } from '../../src/shared/api/letter-transfer';

export const APP_SCHEME = 'app';
export const APP_HOST = 'casebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null. WHATWG `URL.origin` is the string "null" for schemes it
 * does not know, such as our `app:`, so the origin is built from protocol and host instead.
 * @example originOf('app://casebook/index.html') // 'app://casebook'
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}`.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** What decides whether `ELECTRON_RENDERER_URL` may be honoured; the caller reads it from Electron and the build. */
export interface DevServerContext {
  /** `import.meta.env.DEV`: true only in a bundle built by `electron-vite dev`. */
  readonly devBuild: boolean;
  /** `app.isPackaged`. */
  readonly packaged: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * The dev server URL to load instead of `app://`, or null. The variable is inherited from whatever
 * started the app, so a shipped build ignores it: otherwise any page it names would get the full IPC
 * bridge. Even while developing only a plain-http loopback server with an explicit port is accepted,
 * which is what electron-vite's dev server is.
 */
export function devServerUrl(value: string | undefined, context: DevServerContext): string | null {
  if (!value || !context.devBuild || context.packaged) return null;
  try {
    const parsed = new URL(value);
    const plainLoopback =
      parsed.protocol === 'http:' &&
      LOOPBACK_HOSTS.has(parsed.hostname) &&
      parsed.port !== '' &&
      parsed.username === '' &&
      parsed.password === '';
    return plainLoopback ? value : null;
  } catch {
    return null;
  }
}

/** The app origin, plus the electron-vite dev server while developing (see `devServerUrl`). */
export function trustedOrigins(devUrl: string | null | undefined): string[] {
  const devOrigin = devUrl ? originOf(devUrl) : null;
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}

export const isTrustedUrl = (url: string, origins: readonly string[]): boolean => {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
};

/** The parts of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC message is served only from the main frame of a page of ours: not from a subframe, not
 * after the frame navigated elsewhere, not when the frame is already gone (`null`).
 */
export const isTrustedSender = (frame: SenderFrame | null | undefined, origins: readonly string[]): boolean =>
  frame != null && frame.parent === null && isTrustedUrl(frame.url, origins);

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * Only web and mail links may leave the app through `shell.openExternal`: `file:`, `smb:`,
 * `javascript:` or custom protocol handlers from imported data could run code on this machine.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
    return parsed.protocol === 'mailto:' || (parsed.hostname !== '' && parsed.username === '' && parsed.password === '');
  } catch {
    return false;
  }
}

/**
 * A saved letter's PDF the renderer links to (`打开 PDF`): new windows are never opened, so such a
 * link is handed to the system's PDF viewer instead — but only for our own origin.
 */
export function appLetterPdf(url: string, origins: readonly string[]): { caseId: string; letterId: string; version: number } | null {
  if (!isTrustedUrl(url, origins)) return null;
  const file = parseLetterFilePath(new URL(url).pathname);
  return file?.format === 'pdf' ? { caseId: file.caseId, letterId: file.letterId, version: file.version } : null;
}

/** A dossier's PDF the 导出 tab links to (打开 PDF): handed to the system's PDF viewer, like a letter's. */
export function appExportPdf(url: string, origins: readonly string[]): { caseId: string; exportId: string } | null {
  if (!isTrustedUrl(url, origins)) return null;
  const file = parseExportFilePath(new URL(url).pathname);
  return file?.kind === 'pdf' ? { caseId: file.caseId, exportId: file.exportId } : null;
}

/** Only PDFs the app made (a saved letter, a dossier) may be loaded into the hidden print window. */
export const isPrintablePdf = (url: string, origins: readonly string[]): boolean => appLetterPdf(url, origins) !== null || appExportPdf(url, origins) !== null;
