/** Chinese messages for failures that are not a mistyped field. */
export const errorMessages = {
  invalidInput: '输入有误，请按提示修改后再保存',
  caseNotFound: (ref: string) => `找不到案件“${ref}”`,
  internal: '发生了意外错误，数据未被修改。请重试；若仍失败，请反馈此问题。',
} as const;
