import { describe, expect, it } from 'vitest';
import { captureWindowState, DEFAULT_SIZE, MIN_SIZE, placeWindow, type DisplayArea } from '../../../electron/main/window-state';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
/** A second monitor to the right of the laptop. */
const monitor: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const small: DisplayArea = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time or when the saved value is unusable', () => {
    for (const saved of [undefined, null, 'left', { bounds: { x: 1, y: 2 } }, { bounds: { x: 0, y: 0, width: -5, height: 600 }, maximized: false }]) {
      expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { ...DEFAULT_SIZE }, maximized: false });
    }
  });

  it('reopens where it was, at its size, maximised again if it was', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  it('centres on the primary screen, keeping its size, when its monitor is gone', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { width: 1400, height: 900 }, maximized: false });
  });

  it('shrinks a window larger than the screen it comes back to', () => {
    const saved = { bounds: { x: 2000, y: 0, width: 2400, height: 1300 }, maximized: false };
    expect(placeWindow(saved, [small], small)).toEqual({ bounds: { width: 1366, height: 728 }, maximized: false });
  });

  it('pulls a window hanging off the edge back onto its screen', () => {
    const saved = { bounds: { x: 1500, y: 500, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { x: 920, y: 340, width: 1000, height: 700 }, maximized: false });
  });

  it('treats a window whose title bar is off every screen as lost, even if a corner still shows', () => {
    // Only the bottom 30 px reach into the laptop's screen: nothing to grab it by.
    const saved = { bounds: { x: 200, y: -670, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false });
  });

  it('never opens smaller than the minimum size the layout needs', () => {
    const saved = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });
});

describe('captureWindowState', () => {
  it('keeps the normal bounds of a maximised window, so un-maximising returns there', () => {
    const window = { getNormalBounds: () => ({ x: 40, y: 30, width: 1200, height: 800 }), isMaximized: () => true };
    expect(captureWindowState(window)).toEqual({ bounds: { x: 40, y: 30, width: 1200, height: 800 }, maximized: true });
  });

  it('round-trips through placeWindow', () => {
    const window = { getNormalBounds: () => ({ x: 100, y: 80, width: 1100, height: 760 }), isMaximized: () => false };
    expect(placeWindow(JSON.parse(JSON.stringify(captureWindowState(window))), [laptop], laptop)).toEqual(captureWindowState(window));
  });
});
