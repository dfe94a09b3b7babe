/** Text of the 文书 tab added with the claim model and the court papers. */
export const letterUiMessages = {
  warningsTitle: '生成前请注意',
  leaveTitle: '离开前保存修改？',
  leaveText: (kinds: string) => `${kinds}有未保存的修改。返回案件列表会丢失这些修改；如需保留，请先取消并保存。`,
  leaveConfirm: '不保存，返回列表',
  stay: '取消',
  annexSigner: '签名',
  markSentDeadline: (date: string) => `这份文书要求对方在 ${date} 前答复：标记后，时间线和“期限”会跟踪这一期限。`,
} as const;
