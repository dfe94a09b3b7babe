const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Chinese characters and full-width punctuation: what makes a neighbour "Chinese text". */
const WIDE = `${HAN}\\u3000-\\u303f\\uff01-\\uff60“”‘’`;
const hasHan = new RegExp(`[${HAN}]`);

const replaceAll = (text: string, pattern: string, replacement: string) => text.replace(new RegExp(pattern, 'gu'), replacement);

/**
 * Text a person typed, made fit for a formal Chinese document: half-width punctuation next to Chinese
 * becomes full-width (，。：；！？（）“”), and the spaces people put between Chinese and numbers or
 * Latin letters go. Numbers (1,000 / 98.00), times (10:05) and web addresses are left alone.
 *
 * @example normaliseChineseText('发送投诉邮件,要求退款 98 元.') // '发送投诉邮件，要求退款98元。'
 */
export function normaliseChineseText(input: string): string {
  let text = input.trim();
  if (!hasHan.test(text)) return text;
  // Spaces between Chinese and anything, or between anything and Chinese.
  text = replaceAll(text, `([${WIDE}])[ \\t\\u3000]+(?=\\S)`, '$1');
  text = replaceAll(text, `(\\S)[ \\t\\u3000]+(?=[${WIDE}])`, '$1');
  // Brackets and quotes around Chinese.
  text = replaceAll(text, `\\(([^()]*[${HAN}][^()]*)\\)`, '（$1）');
  text = replaceAll(text, `"([^"]*[${HAN}][^"]*)"`, '“$1”');
  // A comma stays half-width only inside a number (1,000).
  text = replaceAll(text, ',(?!\\d)|(?<!\\d),', '，');
  text = replaceAll(text, `(?<=[${WIDE}]);|;(?=[${WIDE}]|$)`, '；');
  text = replaceAll(text, `(?<=[${WIDE}])!|!(?=[${WIDE}]|$)`, '！');
  text = replaceAll(text, `(?<=[${WIDE}])\\?|\\?(?=[${WIDE}]|$)`, '？');
  // A colon after Chinese (not 10:05, not https:).
  text = replaceAll(text, `(?<=[${WIDE}]):`, '：');
  // A full stop after Chinese, unless it is part of a number or an address (98.00, example.cn).
  text = replaceAll(text, `(?<=[${WIDE}])\\.(?!\\w)`, '。');
  return text;
}

/** Without the punctuation a sentence ends with, so it can be joined into a longer one. */
export const withoutEnd = (text: string): string => text.replace(/[。．.！!；;，,、\s]+$/u, '');
