import type { ImportProgress, PickedFolder, RegisteredFile } from '../../shared/api/bridge';

/**
 * Desktop-only helpers of the Electron bridge. Under Electron the main process reads files itself, so
 * the renderer sends handles the main process issued instead of bytes; in a browser these are absent
 * (see `hasDesktopBridge`).
 */

/** Dropped or picked files, registered with the main process: a handle for each, never a path. */
export const registerFiles = (files: readonly File[]): Promise<RegisteredFile[]> => window.casebook!.registerFiles(files);

/** The desktop app's folder dialog for choosing a workspace; null when cancelled. */
export const pickWorkspaceFolder = (): Promise<PickedFolder | null> => window.casebook!.pickWorkspaceFolder();

/** Listens to import progress pushed by the main process; returns the unsubscribe function. */
export const onImportProgress = (listener: (progress: ImportProgress) => void): (() => void) =>
  window.casebook?.onImportProgress(listener) ?? (() => {});
