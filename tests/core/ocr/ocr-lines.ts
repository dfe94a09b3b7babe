import type { OcrLine } from '../../../src/shared/domain/ocr';

/** Lines as the engine returns them, one under the other (x, width and height may be given per line). */
export function linesOf(rows: readonly (string | { text: string; x?: number; width?: number; y?: number })[], height = 40): OcrLine[] {
  return rows.map((row, index) => {
    const { text, x = 60, width = 500, y = 150 + index * 80 } = typeof row === 'string' ? { text: row } : row;
    return { text, confidence: 90, box: { x, y, width, height } };
  });
}
