import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/api/menu-commands';

export type MenuCommandHandlers = Record<MenuCommand, () => void>;

/**
 * Acts on the desktop app's menu (文件 › 新建案件, 导入案件…, 备份工作区…, 打印…). In a browser tab
 * there is no such menu and nothing is subscribed. The latest handlers are used without
 * re-subscribing on every render.
 */
export function useMenuCommands(handlers: MenuCommandHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => window.casebook?.onMenuCommand((command) => latest.current[command]()), []);
}
