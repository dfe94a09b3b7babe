import type { ImportProgress } from '../../shared/api/bridge';

/**
 * Desktop-only helpers of the Electron bridge. Under Electron the main process reads files by path,
 * so the renderer sends paths instead of bytes; in a browser these are absent (see `hasDesktopBridge`).
 */

/** The path on disk of a dropped or picked file; only meaningful under Electron. */
export const pathOfFile = (file: File): string => window.casebook!.pathForFile(file);

/** Listens to import progress pushed by the main process; returns the unsubscribe function. */
export const onImportProgress = (listener: (progress: ImportProgress) => void): (() => void) =>
  window.casebook?.onImportProgress(listener) ?? (() => {});
