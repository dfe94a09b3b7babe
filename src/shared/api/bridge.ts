import type { Channel } from './channels';
import type { MenuCommand } from './menu-commands';
import type { ApiResult } from './result';

/** The one event the main process pushes to the page (`webContents.send`), carrying {@link ImportProgress}. */
export const IMPORT_PROGRESS_EVENT = 'evidence:import-progress';

/** Progress of an import by path, pushed by the Electron main process while files are copied. */
export interface ImportProgress {
  importId: string;
  /** Bytes copied so far of the file being imported. */
  copied: number;
}

/**
 * What the Electron preload exposes as `window.casebook`: one named method per channel, plus the
 * desktop-only helpers below, and nothing else. The renderer's API client uses it when present and
 * falls back to HTTP (web host) otherwise.
 */
export type CasebookBridge = { readonly [C in Channel]: (input: unknown) => Promise<ApiResult<unknown>> } & {
  /** The path on disk of a dropped or picked file (Electron's webUtils.getPathForFile). */
  readonly pathForFile: (file: File) => string;
  /** Subscribes to import progress; returns the unsubscribe function. */
  readonly onImportProgress: (listener: (progress: ImportProgress) => void) => () => void;
  /** Subscribes to the application menu's commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
