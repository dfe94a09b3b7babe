import { dirname, join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import { appRoot, rendererDir } from '../../src/hosts/app-paths';
import { openWorkspace, type OpenWorkspace } from '../../src/hosts/open-workspace';
import { MENU_COMMAND_EVENT } from '../../src/shared/api/menu-commands';
import { desktopMessages } from '../../src/shared/messages/cli';
import { aboutMessages } from '../../src/shared/messages/desktop';
import { APP_ID } from './app-identity';
import { startAppLog } from './app-log';
import { menuTemplate, type MenuActions } from './app-menu';
import { readWorkspaceFlag } from './command-line';
import { caseUrl, changesDeadlines } from './deadline-notices';
import { startDeadlineNotifier, type DeadlineNotifier } from './deadline-notifier';
import { registerIpc } from './ipc';
import { registerAppScheme, serveApp } from './protocol';
import { lockDownWebContents, restrictPermissions } from './security';
import { bringToFront, claimSingleInstance } from './single-instance';
import { APP_ENTRY_URL, appExportPdf, appLetterPdf, devServerUrl, trustedOrigins } from './url-policy';
import { registerPdfPrinting } from './print-pdf';
import { withExportReveal } from '../../src/hosts/exports/reveal-export';
import { MIN_SIZE, placeWindow } from './window-state';
import { rememberWindowState, savedWindowState } from './window-state-store';

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
// Windows shows notifications only for the app id its Start-menu shortcut carries.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

start();

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let workspace: OpenWorkspace | null = null;
  let notifier: DeadlineNotifier | null = null;

  // One app per user: a second start brings the running window forward instead.
  if (!claimSingleInstance(app, () => focusWindow())) return;
  app.setAppLogsPath();
  const logFile = startAppLog();

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

  function focusWindow(): BrowserWindow | null {
    if (mainWindow) bringToFront(mainWindow);
    return mainWindow;
  }
  /** A clicked deadline notice brings the window forward on the case's page. */
  const openCase = (caseId: string) => {
    const window = focusWindow();
    if (window) void window.loadURL(caseUrl(window.webContents.getURL() || (devUrl ?? APP_ENTRY_URL), caseId));
  };

  const openFolder = (folder: string) =>
    void shell.openPath(folder).then((failure) => failure && console.error(`opening ${folder} failed: ${failure}`));
  async function showAbout(): Promise<void> {
    const { response } = await dialog.showMessageBox({
      type: 'info',
      title: aboutMessages.title,
      message: aboutMessages.heading(app.getVersion()),
      detail: aboutMessages.detail({
        version: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
        workspace: workspace?.session.root ?? null,
        logFile,
      }),
      buttons: [aboutMessages.ok, aboutMessages.openLogFolder],
      defaultId: 0,
      cancelId: 0,
    });
    if (response === 1) openFolder(dirname(logFile));
  }
  const menuActions: MenuActions = {
    command: (command) => mainWindow?.webContents.send(MENU_COMMAND_EVENT, command),
    openWorkspaceFolder: () => {
      if (workspace) openFolder(workspace.session.root);
    },
    openLogFolder: () => openFolder(dirname(logFile)),
    about: () => void showAbout().catch((error: unknown) => console.error('the about box failed', error)),
  };

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
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuActions, { platform: process.platform, devTools: !app.isPackaged })));
      mainWindow = createMainWindow();
      mainWindow.on('closed', () => (mainWindow = null));
      notifier = startDeadlineNotifier(() => current.overdueCases(), openCase);
    })
    .catch((error: unknown) => {
      console.error('start-up failed', error);
      dialog.showErrorBox(desktopMessages.workspaceOpenFailed, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

/** Opens where it was closed last time (see `window-state.ts`), and remembers where it goes. */
function createMainWindow(): BrowserWindow {
  const placement = placeWindow(savedWindowState(), screen.getAllDisplays(), screen.getPrimaryDisplay());
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  rememberWindowState(window);
  void window.loadURL(devUrl ?? APP_ENTRY_URL);
  return window;
}
