import { PAGE_MARGINS } from '../../letters/render-pdf';
import type { Box } from '../pdf/placement';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** The same margins as every letter, so the dossier's documents and its exhibit pages line up. */
export const MARGINS = PAGE_MARGINS;
export const TEXT_WIDTH = A4.width - MARGINS[0] - MARGINS[2];

/** The heading block of an exhibit's first page has this fixed height; its picture or first PDF page goes below. */
export const HEADING_HEIGHT = 124;
/** Pictures and PDF pages may use more of the width than text: 2 cm each side. */
const SIDE = 56;
/** Nothing is drawn into the bottom margin: the page number lives there. */
const BOTTOM = MARGINS[3];
/** Continuation pages of a PDF start where text would: below the exhibit stamp in the top margin. */
const STAMP_CLEARANCE = MARGINS[1];

export const FIRST_PAGE_BOX: Box = { x: SIDE, y: BOTTOM, width: A4.width - 2 * SIDE, height: A4.height - MARGINS[1] - HEADING_HEIGHT - 8 - BOTTOM };
export const CONTINUATION_BOX: Box = { x: SIDE, y: BOTTOM, width: A4.width - 2 * SIDE, height: A4.height - STAMP_CLEARANCE - BOTTOM };
export const STAMP_MARGIN: [number, number, number, number] = [SIDE, 22, SIDE, 0];

/** Pictures are enlarged at most this much (points per pixel), so a small one is not blown up to a blur. */
export const MAX_PICTURE_SCALE = 1.5;
