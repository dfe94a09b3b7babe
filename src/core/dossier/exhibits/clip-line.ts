/** Full-width characters (CJK, full-width punctuation) take one em; everything else is counted generously. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW_EM = 0.62;

/**
 * `text` cut (with an ellipsis) so that it fits on one line of `width` points at `fontSize`: headings
 * of exhibit pages keep a fixed height, so the picture below them has a known place. Estimated from
 * character classes, on the safe side; the full text is in the 证据目录 and the manifest.
 */
export function clipLine(text: string, width: number, fontSize: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const budget = width / fontSize - 1;
  let used = 0;
  const kept: string[] = [];
  for (const character of flat) {
    used += WIDE.test(character) ? 1 : NARROW_EM;
    if (used > budget) return `${kept.join('')}…`;
    kept.push(character);
  }
  return flat;
}
