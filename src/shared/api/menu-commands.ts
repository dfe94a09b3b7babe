/**
 * What the desktop app's menu asks the page to do. The Electron main process sends one of these on
 * {@link MENU_COMMAND_EVENT}; the renderer acts on it (`src/renderer/app/use-menu-commands.ts`), so
 * each action has one implementation, in the page, whether it starts from the menu or a button.
 */
export const MENU_COMMAND_EVENT = 'app:menu-command';

export const MENU_COMMANDS = [
  /** 文件 › 新建案件 (Ctrl+N). */
  'new-case',
  /** 文件 › 导入案件…: a case transfer archive (`.casebook.zip`). */
  'import-case',
  /** 文件 › 备份工作区…. */
  'backup-workspace',
  /** 文件 › 从备份恢复…: the same page, at its restore section. */
  'restore-workspace',
  /** 文件 › 打印… (Ctrl+P): the document on screen. */
  'print',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);
