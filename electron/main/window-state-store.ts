import { readUserSettings, updateUserSettings } from '../../src/core/workspace/user-settings';
import { captureWindowState, type MeasuredWindow } from './window-state';

/** The user-settings key of the main window's last size and position. */
const SETTINGS_KEY = 'windowState';
/** Moving and resizing fire many events; the state is saved once they pause. */
const SAVE_DELAY_MS = 500;

export const savedWindowState = (): unknown => readUserSettings()[SETTINGS_KEY];

export interface RememberedWindow extends MeasuredWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/**
 * Saves the window's state shortly after each move, resize or (un)maximise, and when it closes:
 * the save on close may not finish before the app exits, the ones before it have.
 */
export function rememberWindowState(window: RememberedWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    updateUserSettings({ [SETTINGS_KEY]: captureWindowState(window) }).catch((error: unknown) => console.error('saving the window position failed', error));
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, saveSoon);
  window.on('close', save);
}
