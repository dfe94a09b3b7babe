// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CasebookBridge } from '../../src/shared/api/bridge';
import type { MenuCommand } from '../../src/shared/api/menu-commands';
import { useMenuCommands, type MenuCommandHandlers } from '../../src/renderer/app/use-menu-commands';

function Page({ handlers }: { handlers: MenuCommandHandlers }) {
  useMenuCommands(handlers);
  return null;
}

const handlers = () => ({
  'new-case': vi.fn(),
  'import-case': vi.fn(),
  'backup-workspace': vi.fn(),
  'restore-workspace': vi.fn(),
  print: vi.fn(),
});

/** Stands in for the preload's bridge: keeps the listener so the test can play the menu. */
function fakeBridge() {
  const listeners = new Set<(command: MenuCommand) => void>();
  window.casebook = {
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as CasebookBridge;
  return { listeners, send: (command: MenuCommand) => listeners.forEach((listener) => listener(command)) };
}

afterEach(() => {
  delete window.casebook;
});

describe('useMenuCommands', () => {
  it('runs the handler of each command the menu sends', () => {
    const bridge = fakeBridge();
    const page = handlers();
    render(<Page handlers={page} />);
    bridge.send('import-case');
    bridge.send('print');
    expect(page['import-case']).toHaveBeenCalledOnce();
    expect(page.print).toHaveBeenCalledOnce();
    expect(page['new-case']).not.toHaveBeenCalled();
  });

  it('uses the handlers of the latest render and stops listening when the page goes', () => {
    const bridge = fakeBridge();
    const first = handlers();
    const second = handlers();
    const view = render(<Page handlers={first} />);
    view.rerender(<Page handlers={second} />);
    bridge.send('new-case');
    expect(first['new-case']).not.toHaveBeenCalled();
    expect(second['new-case']).toHaveBeenCalledOnce();
    expect(bridge.listeners.size).toBe(1);
    view.unmount();
    expect(bridge.listeners.size).toBe(0);
  });

  it('does nothing in a browser tab, where there is no menu', () => {
    expect(() => render(<Page handlers={handlers()} />)).not.toThrow();
  });
});
