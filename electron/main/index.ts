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
import { lockDownWebContents, restrictPermissions } from './security';
import { APP_ENTRY_URL, appLetterPdf, devServerUrl, trustedOrigins } from './url-policy';

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
    const letter = appLetterPdf(url, origins);
    if (!letter || !workspace) return false;
    workspace.session.letters
      .pdfPath(letter.caseId, letter.letterId, letter.version)
      .then((path) => shell.openPath(path))
      .catch((error: unknown) => console.error('opening the letter PDF failed', error));
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
      registerIpc(workspace.handlers, origins, (channel) => {
        if (changesDeadlines(channel)) notifier?.check();
      });
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
    // Spelled out here, not built by a helper, so that the Electronegativity gate sees each setting.
    webPreferences: {
      preload: join(appRoot(), 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devUrl ?? APP_ENTRY_URL);
  return window;
}
