import { describe, expect, it, vi } from 'vitest';
import { bringToFront, claimSingleInstance, type InstanceApp } from '../../../electron/main/single-instance';

function fakeApp(lockFree: boolean) {
  const listeners: (() => void)[] = [];
  const app = {
    requestSingleInstanceLock: vi.fn(() => lockFree),
    on: vi.fn((_event: 'second-instance', listener: () => void) => listeners.push(listener)),
    quit: vi.fn(),
  } satisfies InstanceApp;
  return { app, secondLaunch: () => listeners.forEach((listener) => listener()) };
}

describe('claimSingleInstance', () => {
  it('lets the first instance run and tells it of each later launch', () => {
    const { app, secondLaunch } = fakeApp(true);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    secondLaunch();
    secondLaunch();
    expect(onSecond).toHaveBeenCalledTimes(2);
  });

  it('quits a second instance before it opens anything', () => {
    const { app } = fakeApp(false);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });
});

describe('bringToFront', () => {
  const window = (minimized: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
  };

  it('restores a minimised window, then shows and focuses it', () => {
    const minimised = window(true);
    bringToFront(minimised);
    expect(minimised.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('leaves a window that is not minimised at its size', () => {
    const open = window(false);
    bringToFront(open);
    expect(open.calls).toEqual(['show', 'focus']);
  });
});
