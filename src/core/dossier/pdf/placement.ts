import type { QuarterTurns } from './image-source';

/** A rectangle on a page in PDF points, origin at the bottom left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

/** Where content goes on a page: the matrix that draws it, and the rectangle it then covers. */
export interface Placement {
  matrix: Matrix;
  shown: Box;
}

/**
 * The matrix that draws a unit square (an image XObject) upright, as large as fits in `box` keeping its
 * aspect ratio and centred horizontally at the top of it, turned clockwise by `turns` quarter turns.
 * `maxScale` (points per unit of `width`/`height`) keeps a tiny picture from being blown up to a blur.
 */
export function fitUnitSquare(box: Box, width: number, height: number, turns: QuarterTurns, maxScale = Infinity): Placement {
  const sideways = turns % 2 === 1;
  const [shownWidth, shownHeight] = sideways ? [height, width] : [width, height];
  const scale = Math.min(box.width / shownWidth, box.height / shownHeight, maxScale);
  const w = shownWidth * scale;
  const h = shownHeight * scale;
  const x = box.x + (box.width - w) / 2;
  const y = box.y + box.height - h;
  const shown = { x, y, width: w, height: h };
  switch (turns) {
    case 0:
      return { matrix: [w, 0, 0, h, x, y], shown };
    case 1:
      return { matrix: [0, -h, w, 0, x, y + h], shown };
    case 2:
      return { matrix: [-w, 0, 0, -h, x + w, y + h], shown };
    case 3:
      return { matrix: [0, h, -w, 0, x + w, y], shown };
  }
}

/** The same for content drawn in its own `width` × `height` coordinates (an embedded PDF page). */
export function fitContent(box: Box, width: number, height: number, turns: QuarterTurns): Placement {
  const { matrix, shown } = fitUnitSquare(box, width, height, turns);
  const [a, b, c, d, e, f] = matrix;
  return { matrix: [a / width, b / width, c / height, d / height, e, f], shown };
}

/** A page's /Rotate (degrees clockwise, any multiple of 90) as quarter turns. */
export const quarterTurns = (degrees: number): QuarterTurns => ((((Math.round(degrees / 90) % 4) + 4) % 4) as QuarterTurns);
