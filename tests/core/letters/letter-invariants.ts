import { expect } from 'vitest';

/** Words of the disclaimer that must never reach a document the platform, regulator or judge reads. */
const DISCLAIMER_WORDS = ['仅为草稿', '不构成法律意见', '维权卷宗', '文书本身不含这段提示'];

/** The summary as a careful clerk would have written it (full-width commas, no spaces): kept independent of the code under test. */
const tidied = (summary: string) => summary.replace(/\s+/g, '').replace(/,/g, '，').replace(/\.$/, '。');

/**
 * What every generated document must be, whatever its kind (issue #9 "Done means"): no contact told by
 * pasting its summary after a channel phrase, full-width punctuation in Chinese text, whole hours
 * without 00分, and no disclaimer.
 */
export function expectCleanDocument(text: string, summaries: readonly string[], label: string): void {
  for (const summary of summaries) {
    // Pasted in as typed (half-width, spaces), or pasted after a channel phrase ("通过客服邮箱投诉：发送投诉邮件…").
    if (summary !== tidied(summary)) expect(text, `${label}: summary pasted in as typed: ${summary}`).not.toContain(summary);
    expect(text, `${label}: summary pasted after a channel phrase: ${summary}`).not.toContain(`：${tidied(summary)}`);
  }
  // "通过在线客服反映问题：向在线客服反映…": a channel phrase followed by a summary naming the channel again.
  expect(text, label).not.toMatch(/：(?:向|通过|在)(?:平台)?(?:在线客服|客服邮箱|客服|黑猫|全国12315)|：(?:发送|提交)(?:投诉)?(?:邮件|投诉)/u);
  // The same act twice in one sentence ("发送投诉邮件，发送投诉邮件至客服邮箱").
  expect(text, `${label}: an act told twice`).not.toMatch(/(发送投诉邮件|提交投诉|致信平台管理层|在线客服|黑猫投诉平台)[^。\n]*\1/u);
  expect(text, `${label}: half-width punctuation in Chinese text`).not.toMatch(/[\u4e00-\u9fff][,;:!?]|[,;:!?][\u4e00-\u9fff]/u);
  expect(text, `${label}: minutes of a whole hour`).not.toMatch(/\d时0\d分/u);
  for (const word of DISCLAIMER_WORDS) expect(text, `${label}: disclaimer in the document`).not.toContain(word);
  expect(text, label).not.toMatch(/undefined|null|NaN/);
}
