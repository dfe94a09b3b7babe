/**
 * One running app per user: a second start hands over to the first, which comes to the front. Pure
 * (the app and window are passed in) so it is unit-tested under plain Node.
 */

/** The part of Electron's `app` the lock needs. */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  quit(): void;
}

/** The part of a `BrowserWindow` that brings it forward. */
export interface FrontableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Takes the lock and returns true; or, when another instance holds it, quits and returns false
 * (Electron then tells that instance, which runs `onSecondInstance`).
 */
export function claimSingleInstance(app: InstanceApp, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondInstance);
  return true;
}

/** Restores a minimised window, shows a hidden one and focuses it. */
export function bringToFront(window: FrontableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
