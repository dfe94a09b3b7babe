import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../electron/main/app-menu';

const actions = () => ({
  command: vi.fn<MenuActions['command']>(),
  openWorkspaceFolder: vi.fn<MenuActions['openWorkspaceFolder']>(),
  openLogFolder: vi.fn<MenuActions['openLogFolder']>(),
  about: vi.fn<MenuActions['about']>(),
});

const items = (menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] =>
  (menu.submenu as MenuItemConstructorOptions[]).filter((item) => item.type !== 'separator');
const labels = (menu: MenuItemConstructorOptions) => items(menu).map((item) => item.label);
const find = (template: MenuItemConstructorOptions[], top: string, label: string) => {
  const item = items(template.find((menu) => menu.label === top)!).find((entry) => entry.label === label);
  if (!item) throw new Error(`${top} › ${label} is missing`);
  return item;
};
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('menuTemplate on Windows and Linux', () => {
  for (const platform of ['win32', 'linux'] as const) {
    it(`has 文件, 编辑, 视图 and 帮助 in Chinese on ${platform}`, () => {
      const template = menuTemplate(actions(), { platform, devTools: false });
      expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
      expect(labels(template[0]!)).toEqual(['新建案件', '导入案件…', '备份工作区…', '从备份恢复…', '打印…', '打开工作区文件夹', '退出']);
      expect(labels(template[3]!)).toEqual(['关于维权卷宗', '查看日志文件夹']);
    });
  }

  it('gives the edit menu the standard roles, each with a Chinese label', () => {
    const edit = menuTemplate(actions(), { platform: 'win32', devTools: false })[1]!;
    expect(items(edit).map((item) => [item.role, item.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['delete', '删除'],
      ['selectAll', '全选'],
    ]);
  });

  it('sends new case, import, backup and print to the page', () => {
    const menu = actions();
    const template = menuTemplate(menu, { platform: 'win32', devTools: false });
    for (const label of ['新建案件', '导入案件…', '备份工作区…', '从备份恢复…', '打印…']) click(find(template, '文件', label));
    expect(menu.command.mock.calls).toEqual([['new-case'], ['import-case'], ['backup-workspace'], ['restore-workspace'], ['print']]);
  });

  it('prints with Ctrl+P and shows Ctrl+N without taking it from the page', () => {
    const template = menuTemplate(actions(), { platform: 'linux', devTools: false });
    expect(find(template, '文件', '打印…')).toMatchObject({ accelerator: 'CmdOrCtrl+P' });
    expect(find(template, '文件', '打印…').registerAccelerator).toBeUndefined();
    expect(find(template, '文件', '新建案件')).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
  });

  it('opens the workspace folder, the log folder and the about box', () => {
    const menu = actions();
    const template = menuTemplate(menu, { platform: 'linux', devTools: false });
    click(find(template, '文件', '打开工作区文件夹'));
    click(find(template, '帮助', '查看日志文件夹'));
    click(find(template, '帮助', '关于维权卷宗'));
    expect(menu.openWorkspaceFolder).toHaveBeenCalledOnce();
    expect(menu.openLogFolder).toHaveBeenCalledOnce();
    expect(menu.about).toHaveBeenCalledOnce();
    expect(find(template, '文件', '退出').role).toBe('quit');
  });

  it('offers the developer tools in a development build only', () => {
    const roles = (devTools: boolean) => items(menuTemplate(actions(), { platform: 'win32', devTools })[2]!).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});

describe('menuTemplate on macOS', () => {
  it('puts 关于 and 退出 in the app menu and adds 窗口', () => {
    const template = menuTemplate(actions(), { platform: 'darwin', devTools: false });
    expect(template.map((menu) => menu.label)).toEqual(['维权卷宗', '文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(template[0]!)).toContain('关于维权卷宗');
    expect(items(template[0]!).at(-1)).toMatchObject({ role: 'quit', label: '退出维权卷宗' });
    expect(labels(template[1]!)).not.toContain('退出');
    expect(labels(template[5]!)).toEqual(['查看日志文件夹']);
  });
});
