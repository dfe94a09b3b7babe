/**
 * The application menu, in Chinese, as a pure template (the `electron` import is for types only),
 * so it is unit-tested under plain Node; `index.ts` builds it with `Menu.buildFromTemplate`.
 *
 * Electron translates role items' labels only on macOS, so every item carries its Chinese label.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src/shared/api/menu-commands';
import { menuMessages as t } from '../../src/shared/messages/desktop';

export interface MenuActions {
  /** Hands a command to the page (new case, import, backup, print). */
  command(command: MenuCommand): void;
  openWorkspaceFolder(): void;
  openLogFolder(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** The developer tools item: in a development build only. */
  devTools: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(actions: MenuActions, { platform, devTools }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t.about, click: () => actions.about() };

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      // The page answers Ctrl+N itself (it knows when focus is in a text field), so the menu only shows it.
      { label: t.newCase, accelerator: 'CmdOrCtrl+N', registerAccelerator: false, click: () => actions.command('new-case') },
      { label: t.importCase, click: () => actions.command('import-case') },
      { label: t.backupWorkspace, click: () => actions.command('backup-workspace') },
      separator,
      { label: t.print, accelerator: 'CmdOrCtrl+P', click: () => actions.command('print') },
      separator,
      { label: t.openWorkspaceFolder, click: () => actions.openWorkspaceFolder() },
      // On macOS, quitting lives in the app menu.
      ...(mac ? [] : [separator, { label: t.quit, role: 'quit' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      separator,
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.delete, role: 'delete' },
      separator,
      { label: t.selectAll, role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { label: t.reload, role: 'reload' },
      ...(devTools ? [{ label: t.toggleDevTools, role: 'toggleDevTools' } satisfies MenuItemConstructorOptions] : []),
      separator,
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      separator,
      { label: t.toggleFullScreen, role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [...(mac ? [] : [about]), { label: t.openLogFolder, click: () => actions.openLogFolder() }],
  };

  if (!mac) return [file, edit, view, help];

  const appMenu: MenuItemConstructorOptions = {
    label: '维权卷宗',
    submenu: [
      about,
      separator,
      { label: t.services, role: 'services' },
      separator,
      { label: t.hide, role: 'hide' },
      { label: t.hideOthers, role: 'hideOthers' },
      { label: t.unhide, role: 'unhide' },
      separator,
      { label: t.quitApp, role: 'quit' },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t.window,
    role: 'window',
    submenu: [
      { label: t.minimize, role: 'minimize' },
      { label: t.zoom, role: 'zoom' },
      separator,
      { label: t.front, role: 'front' },
    ],
  };
  return [appMenu, file, edit, view, window, help];
}
