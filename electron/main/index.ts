import { join } from 'node:path';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { appRoot, rendererDir } from '../../src/hosts/app-paths';
import { openWorkspace, type OpenWorkspace } from '../../src/hosts/open-workspace';
import { desktopMessages } from '../../src/shared/messages/cli';
import { readWorkspaceFlag } from './command-line';
import { caseUrl, changesDeadlines } from './deadline-notices';
import { startDeadlineNotifier, type DeadlineNotifier } from './deadline-notifier';
import { registerIpc } from './ipc';
import { registerAppScheme, serveApp } from './protocol';
import { lockDownWebContents, restrictPermissions, secureWebPreferences } from './security';
import { APP_ENTRY_URL, appExportPdf, appLetterPdf, devServerUrl, trustedOrigins } from './url-policy';
import { registerPdfPrinting } from './print-pdf';
import { withExportReveal } from '../../src/hosts/exports/reveal-export';

/**
 * Set by `electron-vite dev`: the renderer then comes from its dev server instead of `app://`.
 * Honoured only in a dev build that is not packaged, and only for a loopback http server.
 */
const devUrl = devServerUrl(process.env.ELECTRON_RENDERER_URL, {
  devBuild: import.meta.env.DEV,
  packaged: app.isPackaged,
});
const origins = trustedOrigins(devUrl);

// Both must happen before the app is ready.
registerAppScheme();
app.enableSandbox();

// One window per workspace lock: a second start focuses the running app instead.
if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let workspace: OpenWorkspace | null = null;
  let notifier: DeadlineNotifier | null = null;

  lockDownWebContents(origins, (url) => {
    if (!workspace) return false;
    const letter = appLetterPdf(url, origins);
    const exported = appExportPdf(url, origins);
    const { session: current } = workspace;
    const path = letter
      ? current.letters.pdfPath(letter.caseId, letter.letterId, letter.version)
      : exported && current.dossier.exportOf(exported.caseId, exported.exportId).then((found) => join(found.folder, found.pdf.name));
    if (!path) return false;
    path.then((file) => shell.openPath(file)).catch((error: unknown) => console.error('opening the PDF failed', error));
    return true;
  });

  const focusWindow = (): BrowserWindow | null => {
    if (!mainWindow) return null;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  };
  /** A clicked deadline notice brings the window forward on the case's page. */
  const openCase = (caseId: string) => {
    const window = focusWindow();
    if (window) void window.loadURL(caseUrl(window.webContents.getURL() || (devUrl ?? APP_ENTRY_URL), caseId));
  };

  app.on('second-instance', () => focusWindow());
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    notifier?.stop();
    workspace?.session.close();
  });

  app
    .whenReady()
    .then(async () => {
      restrictPermissions(session.defaultSession, origins);
      workspace = await openWorkspace(readWorkspaceFlag(process.argv));
      serveApp(rendererDir(), workspace.session);
      const { session: current } = workspace;
      const revealing = withExportReveal(workspace.handlers, () => current.dossier, async (pdf) => shell.showItemInFolder(pdf));
      registerIpc(revealing, origins, (channel) => {
        if (changesDeadlines(channel)) notifier?.check();
      });
      registerPdfPrinting(origins);
      mainWindow = createMainWindow();
      mainWindow.on('closed', () => (mainWindow = null));
      notifier = startDeadlineNotifier(() => current.overdueCases(), openCase);
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(desktopMessages.workspaceOpenFailed, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: desktopMessages.windowTitle,
    webPreferences: secureWebPreferences(join(appRoot(), 'out', 'preload', 'index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devUrl ?? APP_ENTRY_URL);
  return window;
}
