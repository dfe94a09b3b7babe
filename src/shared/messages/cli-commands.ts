/** Text of the commands that label and order evidence and set the claims (`casebook evidence label|order`, `casebook claims`). */
export const cliCommandMessages = {
  evidenceLabel: '从 JSON 文件设置一项证据的信息（名称、分类、来源、证明目的等，字段与应用中一致）',
  evidenceLabelItem: '证据编号（3 或 证据3）或证据 ID',
  evidenceLabelFile: '证据信息 JSON 文件：category, title, purpose, source, elements, screenshot, recording, capturedAt, transcript',
  evidenceOrder: '调整证据顺序：列出的证据按给出的顺序排在最前，其余保持原来的顺序',
  evidenceOrderItems: '证据编号（3 或 证据3）或证据 ID，可以写多个',
  itemNotFound: (item: string) => `找不到证据“${item}”：请用 evidence list 查看证据编号`,
  itemTwice: (item: string) => `证据“${item}”写了两次`,
  labelled: (exhibit: string, title: string) => `已更新 ${exhibit}：${title}`,
  claims: '查看案件的主张（各项金额、法律依据和各文书使用的合计）；给出 --file 时先按文件设置主张',
  claimsFile: '主张 JSON 文件，例如 {"fraud": true, "platformPromise": {"text": "假一赔三", "multiplier": 3}}',
  claimsHeading: '各项主张：',
  claimsNone: '  （没有金额主张：诉求为“其他”，文书写“妥善处理上述问题”）',
  claimsTotal: (amount: string) => `合计（各文书使用）：${amount}`,
  claimsWarnings: '请注意：',
  letterWarning: (text: string) => `请注意：${text}`,
  replyByLine: (date: string) => `我方要求 ${date} 前答复`,
} as const;

/** Field names of an evidence label file, as the app's label editor names them. */
export const evidenceLabelFieldLabels: Record<string, string> = {
  'labels.category': '分类',
  'labels.title': '证据名称',
  'labels.purpose': '证明目的',
  'labels.source': '证据来源',
  'labels.elements': '四要素',
  'labels.screenshot': '截图中可以看到',
  'labels.recording': '录音是否告知对方',
  'labels.recording.consent': '录音是否告知对方',
  'labels.capturedAt': '证据形成时间',
  'labels.transcript': '录音文字稿',
};

/** Field names of a claims file. */
export const claimsFieldLabels: Record<string, string> = {
  'claims.fraud': '主张欺诈',
  'claims.platformPromise': '平台承诺',
  'claims.platformPromise.text': '平台承诺',
  'claims.platformPromise.multiplier': '倍数',
  'claims.losses': '其他损失',
};
