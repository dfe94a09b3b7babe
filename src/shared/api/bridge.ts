import type { Channel } from './channels';
import type { MenuCommand } from './menu-commands';
import type { ApiResult } from './result';

/** The one event the main process pushes to the page (`webContents.send`), carrying {@link ImportProgress}. */
export const IMPORT_PROGRESS_EVENT = 'evidence:import-progress';

/** The desktop-only request to print one of our PDFs through the system print dialog. */
export const PRINT_PDF_CHANNEL = 'print:pdf';
/** The two desktop-only calls of the preload, handled by the main process itself (not by the core). */
export const DESKTOP_CALLS = {
  registerFiles: 'files:register',
  pickWorkspaceFolder: 'workspace:pick-folder',
} as const;

/** A dropped or picked file as the page knows it: a handle the main process issued, never its path. */
export interface RegisteredFile {
  handle: string;
  name: string;
  size: number;
  folder: boolean;
}

/** A workspace folder the person chose in the main process's folder dialog: its handle, and its path to show. */
export interface PickedFolder {
  handle: string;
  path: string;
}

/** Progress of an import by path, pushed by the Electron main process while files are copied. */
export interface ImportProgress {
  importId: string;
  /** Bytes copied so far of the file being imported. */
  copied: number;
}

/**
 * What the Electron preload exposes as `window.casebook`: one named method per channel, plus the
 * desktop-only helpers below, and nothing else. The renderer's API client uses it when present and
 * falls back to HTTP (web host) otherwise. The page never holds a path: `evidence:import-paths` and
 * `workspace:switch` take the handles these helpers return.
 */
export type CasebookBridge = { readonly [C in Channel]: (input: unknown) => Promise<ApiResult<unknown>> } & {
  /**
   * Hands dropped or picked files to the main process, which answers with a handle for each. Only
   * files the person dropped or chose have a path (the preload reads it from the File itself).
   */
  readonly registerFiles: (files: readonly File[]) => Promise<RegisteredFile[]>;
  /** Opens the main process's folder dialog; null when the person cancelled. */
  readonly pickWorkspaceFolder: () => Promise<PickedFolder | null>;
  /** Subscribes to import progress; returns the unsubscribe function. */
  readonly onImportProgress: (listener: (progress: ImportProgress) => void) => () => void;
  /** Prints a PDF of ours (absolute app URL) through the system print dialog. */
  readonly printPdf: (url: string) => Promise<void>;
  /** Subscribes to the application menu's commands; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
