/** What 四要素 means, said wherever the term appears (the evidence editor, the checklist). */
export const fourElementsMessages = {
  term: '四要素',
  /** The four in order, as a consumer would name them. */
  list: '时间、主体、事件、结果',
  note: '四要素指时间、主体、事件、结果：证据合在一起应能说明何时、谁与谁、发生了什么、结果如何。',
  editorLabel: '四要素（时间、主体、事件、结果）',
  editorHint: '勾选这份证据能说明的要素：何时（时间）、谁与谁（主体）、发生了什么（事件）、结果如何（结果）。整组证据应覆盖全部四项。',
} as const;
