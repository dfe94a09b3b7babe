import { escapeControls } from '../shared/text/escape-controls';

/** East Asian wide and full-width characters take two terminal columns. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** @example displayWidth('星耀卡盟 A') // 10 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * Aligns rows into columns for a terminal, counting Chinese characters as two columns wide. A cell is
 * one line: a line break or control character in it is shown as an escape.
 */
export function formatTable(cells: readonly (readonly string[])[], gap = 2): string {
  const rows = cells.map((row) => row.map((cell) => escapeControls(cell)));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, (widths[i] ?? 0) + gap)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
