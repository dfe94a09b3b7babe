import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions, type WebContents } from 'electron';
import { DESKTOP_CALLS, IMPORT_PROGRESS_EVENT, type ImportProgress, type PickedFolder } from '../../src/shared/api/bridge';
import { CHANNELS, type Channel } from '../../src/shared/api/channels';
import type { ApiHandlers } from '../../src/shared/api/contract';
import { dispatch } from '../../src/shared/api/dispatch';
import { withFileAccess } from '../../src/hosts/file-access';
import { withImportProgress } from '../../src/hosts/import-progress';
import { fileAccessMessages } from '../../src/shared/messages/file-access';
import { desktopFileAccess, FileHandles, registerPaths } from './file-handles';
import { throttleProgress } from '../../src/hosts/progress-throttle';
import { isTrustedSender } from './url-policy';

/** At most ten progress events a second reach the page. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * One `ipcMain.handle` per API channel. Each call is served only for the main frame of a page of
 * ours; its input is validated by `dispatch` against the contract before the core sees it. An import
 * by path reports its progress back to the page that asked for it. `onSucceeded` hears of each
 * call that went through, imports aside (they never move a deadline): the deadline notices re-check.
 *
 * Files and folders reach the core only through handles this process issued — for files the person
 * dropped or picked (`files:register`) and for the folder chosen in its own dialog
 * (`workspace:pick-folder`) — so a page cannot make the app read a path of its choosing.
 */
export function registerIpc(api: ApiHandlers, trustedOrigins: readonly string[], onSucceeded: (channel: Channel) => void = () => {}): void {
  const files = new FileHandles();
  const handlers = withFileAccess(api, desktopFileAccess(files));
  const checkSender = (name: string, event: IpcMainInvokeEvent) => {
    if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
      throw new Error(`Refused ${name} from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
    }
  };

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      checkSender(channel, event);
      const onUnexpected = (error: unknown) => console.error(`[${channel}]`, error);
      if (channel !== 'evidence:import-paths') {
        const result = await dispatch(handlers, channel, input, onUnexpected);
        if (result.ok) onSucceeded(channel);
        return result;
      }
      const progress = throttleProgress((value: ImportProgress) => sendProgress(event.sender, value), PROGRESS_INTERVAL_MS);
      const reporting = withImportProgress(handlers, ({ importId, copied }) => {
        // Without an id the page could not tell which import the numbers belong to.
        if (importId !== undefined) progress.push({ importId, copied });
      });
      try {
        return await dispatch(reporting, channel, input, onUnexpected);
      } finally {
        progress.flush();
      }
    });
  }

  ipcMain.handle(DESKTOP_CALLS.registerFiles, (event, paths: unknown) => {
    checkSender(DESKTOP_CALLS.registerFiles, event);
    return registerPaths(files, paths);
  });
  ipcMain.handle(DESKTOP_CALLS.pickWorkspaceFolder, async (event): Promise<PickedFolder | null> => {
    checkSender(DESKTOP_CALLS.pickWorkspaceFolder, event);
    const options: OpenDialogOptions = { title: fileAccessMessages.pickWorkspaceTitle, properties: ['openDirectory', 'createDirectory'] };
    const window = BrowserWindow.fromWebContents(event.sender);
    const chosen = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    const [path] = chosen.filePaths;
    return chosen.canceled || path === undefined ? null : { handle: files.issue(path, 'workspace'), path };
  });
}

function sendProgress(sender: WebContents, progress: ImportProgress): void {
  if (!sender.isDestroyed()) sender.send(IMPORT_PROGRESS_EVENT, progress);
}
