import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IMPORT_PROGRESS_EVENT, type CasebookBridge, type ImportProgress } from '../../src/shared/api/bridge';
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
  // A dropped or picked file's path: import by path copies it without reading it into the page.
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  onImportProgress,
  onMenuCommand,
};

contextBridge.exposeInMainWorld('casebook', bridge satisfies CasebookBridge);
