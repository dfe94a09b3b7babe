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
type Role = NonNullable<MenuItemConstructorOptions['role']>;

/** Items that only run an Electron role, each under its Chinese label; `null` draws a separator. */
const roleItems = (...items: ([label: string, role: Role] | null)[]): MenuItemConstructorOptions[] =>
  items.map((item) => (item ? { label: item[0], role: item[1] } : separator));

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
      { label: t.restoreWorkspace, click: () => actions.command('restore-workspace') },
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
    submenu: roleItems(
      [t.undo, 'undo'],
      [t.redo, 'redo'],
      null,
      [t.cut, 'cut'],
      [t.copy, 'copy'],
      [t.paste, 'paste'],
      [t.delete, 'delete'],
      null,
      [t.selectAll, 'selectAll'],
    ),
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: roleItems(
      [t.reload, 'reload'],
      ...(devTools ? [[t.toggleDevTools, 'toggleDevTools'] as [string, Role]] : []),
      null,
      [t.resetZoom, 'resetZoom'],
      [t.zoomIn, 'zoomIn'],
      [t.zoomOut, 'zoomOut'],
      null,
      [t.toggleFullScreen, 'togglefullscreen'],
    ),
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
      ...roleItems([t.services, 'services'], null, [t.hide, 'hide'], [t.hideOthers, 'hideOthers'], [t.unhide, 'unhide'], null, [t.quitApp, 'quit']),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t.window,
    role: 'window',
    submenu: roleItems([t.minimize, 'minimize'], [t.zoom, 'zoom'], null, [t.front, 'front']),
  };
  return [appMenu, file, edit, view, window, help];
}
