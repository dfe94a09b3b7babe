import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { DESKTOP_CALLS, IMPORT_PROGRESS_EVENT, PRINT_PDF_CHANNEL, type CasebookBridge, type ImportProgress, type PickedFolder, type RegisteredFile } from '../../src/shared/api/bridge';
// Only the channel names: the schemas (zod) stay in the main process, where input is validated.
import { CHANNELS, type Channel } from '../../src/shared/api/channels';
import { isMenuCommand, MENU_COMMAND_EVENT, type MenuCommand } from '../../src/shared/api/menu-commands';
import type { ApiResult } from '../../src/shared/api/result';

/** One named method per channel and nothing else: the page never sees `ipcRenderer` itself. */
const invoke =
  (channel: Channel) =>
  (input: unknown): Promise<ApiResult<unknown>> =>
    ipcRenderer.invoke(channel, input);

const channels = Object.fromEntries(CHANNELS.map((channel) => [channel, invoke(channel)])) as Record<
  Channel,
  (input: unknown) => Promise<ApiResult<unknown>>
>;

/** Listens on the one progress event only, and hands the page the data without the IPC event. */
function onImportProgress(listener: (progress: ImportProgress) => void): () => void {
  const forward = (_event: IpcRendererEvent, progress: ImportProgress) => listener(progress);
  ipcRenderer.on(IMPORT_PROGRESS_EVENT, forward);
  return () => void ipcRenderer.removeListener(IMPORT_PROGRESS_EVENT, forward);
}

/**
 * Dropped or picked files go to the main process by the path Electron knows for each File (empty for
 * one the page made itself); the page gets handles back and never sees a path.
 */
const registerFiles = (files: readonly File[]): Promise<RegisteredFile[]> =>
  ipcRenderer.invoke(DESKTOP_CALLS.registerFiles, files.map((file) => webUtils.getPathForFile(file)));

const pickWorkspaceFolder = (): Promise<PickedFolder | null> => ipcRenderer.invoke(DESKTOP_CALLS.pickWorkspaceFolder);

/** Listens on the menu's event only, and passes on nothing but a known command. */
function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const forward = (_event: IpcRendererEvent, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_EVENT, forward);
  return () => void ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
}

const bridge = {
  ...channels,
  registerFiles,
  pickWorkspaceFolder,
  onImportProgress,
  printPdf: (url: string): Promise<void> => ipcRenderer.invoke(PRINT_PDF_CHANNEL, url),
  onMenuCommand,
};

contextBridge.exposeInMainWorld('casebook', bridge satisfies CasebookBridge);
