import type { ProblemType } from '../domain/case';
import { CASE_TITLE_SEPARATOR, problemTitleWords } from '../messages/case-title';

/** The longest end of `head` that `tail` starts with (`点券卡密` + `卡密无效` share `卡密`). */
function overlap(head: string, tail: string): number {
  for (let length = Math.min(head.length, tail.length); length > 0; length--) {
    if (head.endsWith(tail.slice(0, length))) return length;
  }
  return 0;
}

/**
 * The title a case gets when the person leaves it blank: the platform, then what was bought and what
 * went wrong, read as one phrase. A product that already ends with the problem's first words does not
 * repeat them, and a product ending in a Latin letter or digit keeps a space before the problem.
 *
 * @example caseTitle('星耀卡盟', '王者荣耀 1000 点券卡密', 'invalid-card-key') // '星耀卡盟｜王者荣耀 1000 点券卡密无效'
 * @example caseTitle('极速卡盟', undefined, 'not-delivered') // '极速卡盟｜未到账'
 */
export function caseTitle(platform: string, product: string | undefined, problem: ProblemType): string {
  const words = problemTitleWords[problem];
  const item = product?.trim() ?? '';
  if (item === '') return `${platform}${CASE_TITLE_SEPARATOR}${words}`;
  const shared = overlap(item, words);
  const space = shared === 0 && /[A-Za-z0-9]$/.test(item) ? ' ' : '';
  return `${platform}${CASE_TITLE_SEPARATOR}${item}${space}${words.slice(shared)}`;
}
