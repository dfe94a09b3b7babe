/** Chinese messages for failures that are not a mistyped field. */
export const errorMessages = {
  invalidInput: '输入有误，请按提示修改后再保存',
  caseNotFound: (ref: string) => `找不到案件“${ref}”`,
  internal: '发生了意外错误，数据未被修改。请重试；若仍失败，请反馈此问题。',
  unknownChannel: (channel: string) => `未知的接口：${channel}`,

  // Why a case folder's case.json cannot be read. The folder is listed as damaged and left untouched.
  caseFileMissing: '文件夹中没有 case.json（可能是创建时被中断，或文件被移走了）',
  caseFileUnreadable: (code: string) => `无法读取 case.json（${code}）`,
  caseFileInvalidJson: (line?: number) =>
    line === undefined ? 'case.json 不是有效的 JSON' : `case.json 不是有效的 JSON（第 ${line} 行）`,
  caseFileNotObject: 'case.json 的内容应为一个 JSON 对象',
  caseFileNoVersion: 'case.json 缺少格式版本号（schemaVersion）',
  caseFileUnknownVersion: (version: string) => `case.json 的格式版本“${version}”无法识别`,
  caseFileFutureVersion: (version: number, supported: number) =>
    `case.json 的格式版本为 ${version}，由更新版本的维权卷宗写入；本软件最高支持版本 ${supported}，请升级后再打开`,
  caseFileInvalidField: (field: string, detail: string) => `case.json 中的字段“${field}”有误：${detail}`,
  caseFileIdChanged: (expected: string, found: string) =>
    `case.json 中的案件编号已从 ${expected} 变为 ${found}，为避免混淆未作修改`,
  caseDuplicateId: (id: string, owner: string) =>
    `案件编号 ${id} 与文件夹“${owner}”中的案件重复（可能是同一案件被复制了两份），未合并，请人工核对后删除多余的一份`,
  auditLogDamaged: (file: string) =>
    `审计日志“${file}”的最后一行已损坏，为免掩盖改动，暂停写入该案件。请用“校验完整性”查看，从备份恢复该文件，或确认后“修复审计日志”。`,
  auditLogMissing: (file: string) =>
    `审计日志“${file}”不存在，为免掩盖改动，暂停写入该案件。请用“校验完整性”查看，从备份恢复该文件，或确认后“修复审计日志”。`,
  caseBusy: (folder: string) => `案件“${folder}”正在被其他窗口或命令行修改，请稍后重试`,
  indexBusy: (file: string) => `工作区索引“${file}”正被其他程序长时间占用，请稍后重试`,

  // File-system failures: each names the file, and nothing was saved.
  ioPermission: (file: string) => `没有权限读写“${file}”，数据未保存。请检查该文件夹的权限后重试。`,
  ioReadOnly: (file: string) => `“${file}”所在的磁盘或文件夹是只读的，数据未保存。`,
  ioDiskFull: (file: string) => `磁盘空间不足，无法写入“${file}”，数据未保存。请清理空间后重试。`,
  ioNotFolder: (file: string) => `“${file}”不是一个文件夹，无法用作工作区`,
  ioOther: (file: string, code: string) => `读写“${file}”时出错（${code}），数据未保存。`,
} as const;
