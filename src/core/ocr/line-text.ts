/** Han characters and the full-width punctuation around them. */
const WIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_NEXT_TO_WIDE = new RegExp(`(?<=[${WIDE}])\\s+|\\s+(?=[${WIDE}])`, 'gu');

/**
 * Tesseract puts a space between Chinese characters (订单 编号 : 2024…); those spaces are removed,
 * and so is a space beside full-width punctuation. Spaces between Latin words and numbers stay
 * (2024-05-20 14:32:08).
 * @example cleanLineText('订单 编号 : 20240520001') // '订单编号: 20240520001'
 */
export function cleanLineText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().replace(SPACE_NEXT_TO_WIDE, '').replace(/\s+([:：,，。;；)）])/g, '$1');
}
