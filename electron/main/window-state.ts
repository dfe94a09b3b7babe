/**
 * Where the main window opens: where it was last time, unless that place is no longer on any screen
 * (a monitor unplugged, a laptop undocked, a lower resolution). Pure functions (no `electron`
 * import) so they are unit-tested under plain Node; `window-state-store.ts` saves and reads them.
 */
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's `Display` used here: the screen minus taskbar and dock. */
export interface DisplayArea {
  workArea: Rectangle;
}

export interface WindowState {
  /** The normal (not maximised) bounds, so un-maximising returns to them. */
  bounds: Rectangle;
  maximized: boolean;
}

/** What to pass to `new BrowserWindow`: no x/y lets Electron centre the window. */
export interface WindowPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 960, height: 640 } as const;
/** How much of the window's top must show on a screen for it to count as there: enough to grab. */
const VISIBLE_TOP = { width: 120, height: 40 } as const;

const integer = z.number().int().min(-100_000).max(100_000);
const savedSchema = z.object({
  bounds: z.object({ x: integer, y: integer, width: integer.positive(), height: integer.positive() }),
  maximized: z.boolean(),
});

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** Fits `size` into `area`: no larger than the area, no smaller than the minimum unless the area is. */
function fitSize(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(Math.max(size.width, MIN_SIZE.width), area.width),
    height: Math.min(Math.max(size.height, MIN_SIZE.height), area.height),
  };
}

/**
 * The placement for the window from the saved state (anything: a missing, old or hand-edited value
 * means the default size, centred). A window whose title bar is on no current screen keeps its size
 * (fitted to the primary screen) and is centred there; one partly off its screen is moved onto it.
 */
export function placeWindow(saved: unknown, displays: readonly DisplayArea[], primary: DisplayArea): WindowPlacement {
  const parsed = savedSchema.safeParse(saved);
  if (!parsed.success) return { bounds: fitSize(DEFAULT_SIZE, primary.workArea), maximized: false };
  const { bounds, maximized } = parsed.data;

  const titleBar: Rectangle = { x: bounds.x, y: bounds.y, width: bounds.width, height: VISIBLE_TOP.height };
  const home = displays.find(({ workArea }) => {
    const seen = overlap(titleBar, workArea);
    return seen.width >= Math.min(VISIBLE_TOP.width, bounds.width) && seen.height >= VISIBLE_TOP.height;
  });
  if (!home) return { bounds: fitSize(bounds, primary.workArea), maximized };

  const area = home.workArea;
  const size = fitSize(bounds, area);
  return {
    bounds: {
      ...size,
      x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - size.width),
      y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - size.height),
    },
    maximized,
  };
}

/** The parts of a `BrowserWindow` read to remember it. */
export interface MeasuredWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

export const captureWindowState = (window: MeasuredWindow): WindowState => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
