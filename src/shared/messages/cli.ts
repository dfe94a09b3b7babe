/**
 * Chinese text of the command line and of the hosts (web host, launcher). Messages meant for a
 * terminal that may lack Chinese fonts carry an English line too.
 */
export const hostMessages = {
  forbidden: '拒绝访问：请求来源不受信任。Forbidden: untrusted Host or Origin.',
  unauthorised: '需要访问令牌：请用启动时打印的完整地址（含 ?token=）打开。Unauthorised: open the full URL printed at start-up.',
  notFound: '找不到该页面。Not found.',
  methodNotAllowed: '不支持此请求方法。Method not allowed.',
  badJson: '请求内容不是有效的 JSON。Bad JSON.',
  tooLarge: '请求内容过大。Payload too large.',
  rangeNotSatisfiable: '请求的字节范围超出了文件大小。Range not satisfiable.',
  notRegularFile: '该文件已被替换为链接或特殊文件（不是普通文件），拒绝打开。请用“校验完整性”检查本案证据。Refused: not a regular file.',
  uploadBadParams: (fields: string) => `上传参数有误：${fields}`,
  uploadLengthMismatch: (name: string, declared: number, sent: number) =>
    `“${name}”的声明大小（${declared} 字节）与实际发送的长度（${sent} 字节）不一致，未导入`,
  uploadTooLong: (name: string, declared: number) => `“${name}”发送的内容超过了声明的大小（${declared} 字节），未导入`,
  webReady: (url: string) => `维权卷宗已在浏览器中运行：\nCasebook is running in the browser:\n\n  ${url}\n`,
  webStop: '按 Ctrl+C 停止。Press Ctrl+C to stop.',
  webStopped: '已停止。Stopped.',
  browserOpenFailed: '无法自动打开浏览器，请手动复制上面的地址。Could not open a browser; copy the URL above.',
  noDisplay: '未检测到图形界面，请在浏览器中手动打开上面的地址。No display detected; open the URL above yourself.',
  electronMissing:
    'Electron 不可用（未安装或无法下载），改为在浏览器中运行维权卷宗。\n' +
    'Electron is unavailable (not installed and cannot be downloaded); Casebook runs in the browser instead.',
  electronDownloading: '正在尝试下载 Electron…… Trying to download Electron…',
  electronDownloadFailed: (reason: string) => `Electron 下载失败：${reason}\nElectron download failed: ${reason}`,
} as const;

/** Text of the `casebook` command. */
export const cliMessages = {
  description: '维权卷宗命令行：在工作区中创建、查看案件，导入和核验证据，记录交涉经过，计算工作日，生成文书，重建索引',
  workspaceOption: '工作区文件夹（默认：$CASEBOOK_WORKSPACE、应用中选择的文件夹或“文档/Casebook”）',
  caseCommand: '案件',
  caseCreate: '从录入 JSON 文件创建案件，输出 {"id", "folder"}',
  caseCreateFile: '录入 JSON 文件（格式见 README 和 tests/fixtures/intake/）',
  caseList: '列出案件（以及无法读取的文件夹）',
  caseListView: '列出哪一类：active（进行中）、archived（已归档）、trashed（回收站）',
  caseShow: '显示一个案件的全部信息',
  caseShowRef: '案件编号或文件夹名',
  jsonOption: '输出 JSON',
  reindex: '根据案件文件夹重建工作区索引',
  web: '在浏览器中使用维权卷宗（仅本机可访问）',
  webPort: '端口（默认随机）',
  webNoOpen: '不自动打开浏览器',
  webAllowPathImport: '允许按本机文件路径导入证据（供脚本使用；浏览器页面本身只上传文件）',
  badPort: '端口应为 0 到 65535 之间的整数',
  portInUse: (port: number) => `端口 ${port} 已被其他程序占用，请换一个端口（或省略 --port 使用随机端口）`,
  cannotReadFile: (file: string, reason: string) => `无法读取文件 ${file}：${reason}`,
  notJson: (file: string, reason: string) => `${file} 不是有效的 JSON：${reason}`,
  fileErrors: (file: string, count: number) => `${file} 中有 ${count} 处需要修改：`,
  fieldError: (field: string, label: string | undefined, message: string) =>
    label ? `${field}（${label}）：${message}` : `${field}：${message}`,
  noCases: '没有案件。',
  damagedHeading: '以下文件夹无法读取，已原样保留：',
  damagedLine: (folder: string, reason: string) => `  ${folder}：${reason}`,
  reindexed: (count: number) => `索引已重建：${count} 个案件。`,
  unexpected: '发生了意外错误，数据未被修改。详细信息：',
  nodeTooOld: (version: string) =>
    `casebook 需要 Node.js 22 或更新的版本，当前是 ${version}。请在项目文件夹里用 npx casebook 运行（它使用项目自带的 Node 22），或安装 Node 22。`,
  notGiven: '（未填写）',
  evidenceCommand: '证据：导入、列出',
  evidenceAdd: '把文件作为证据导入案件（原样保存，计算 SHA-256）',
  evidenceAddFiles: '要导入的文件（文件夹需加 --recursive）',
  evidenceCategory: '证据分类',
  evidenceTitle: '证据名称（默认用文件名）',
  evidenceAllowDuplicate: '即使与已有证据内容相同也导入',
  evidenceRecursive: '导入文件夹中的所有文件',
  evidenceList: '按证据编号列出案件的证据（已移除的排在最后）',
  caseRef: '案件编号或文件夹名',
  noEvidence: '本案还没有证据。',
  evidenceRemoved: '已移除',
  importedNone: '没有导入任何文件。',
  rejectedSummary: (rejected: number, imported: number) =>
    imported > 0 ? `${rejected} 个文件未导入；其余 ${imported} 个文件已导入。` : `${rejected} 个文件未导入。`,
  importProgress: (copied: string) => `正在复制…… 已复制 ${copied}`,
  verifyIntact: (checked: number) => `证据完好：已核对 ${checked} 个文件，SHA-256 全部一致，审计日志完整。`,
  verifyBroken: (count: number, checked: number) => `发现 ${count} 处问题（共核对 ${checked} 个文件）：`,
  eventCommand: '交涉记录',
  eventAdd: '从 JSON 文件向案件的时间线添加一条记录（字段见 README）',
  eventAddFile: '记录 JSON 文件：at, channel, direction, summary 等',
  timeline: '按时间顺序显示案件的交涉经过、期限和下一步建议',
  noEvents: '本案还没有交涉记录。',
  eventRemoved: '（已移除）',
  promiseLine: (days: number, source: string | undefined) => `承诺 ${days} 个工作日内处理${source ? `（${source}）` : ''}`,
  answeredAt: (at: string) => `已于 ${at} 回复`,
  estimated: '（估算）',
  demandDeadlineHeading: '要求处理期限',
  demandSentAt: (at: string) => `自 ${at} 向平台提出要求起算`,
  limitationHeading: '诉讼时效',
  limitationLastDay: (date: string) => `最后一天 ${date}`,
  limitationFrom: (from: string, restartedByDemand: boolean) =>
    restartedByDemand ? `自 ${from} 向平台主张权利之日重新起算` : `自 ${from} 起算`,
  adviceHeading: '下一步建议',
  noAdvice: '暂无建议。',
  chosenStep: (step: string) => `已选择的下一步：${step}`,
  workdays: '按中国法定节假日和调休计算工作日（不需要工作区）',
  workdaysAdd: '输出某日之后第 n 个工作日的日期（YYYY-MM-DD）',
  workdaysBetween: '输出 from 之后（不含）到 to（含）之间的工作日数',
  workdaysDate: '日期，YYYY-MM-DD',
  workdaysCount: '工作日数（0 或正整数）',
  badDate: (value: string) => `“${value}”不是有效的日期，请写成 YYYY-MM-DD，例如 2026-09-30`,
  badWorkingDays: (value: string) => `“${value}”不是有效的工作日数，请填写 0 到 10000 之间的整数`,
  unpublishedYear: (year: number) => `注意：${year} 年的节假日安排尚未公布，结果按周一至周五估算`,
  calendarOverrideInvalid: (file: string, reason: string) => `节假日覆盖文件 ${file} 有误：${reason}`,
  letter: '根据案件的现有资料生成一份文书（不保存到案件中）',
  letterKind: '文书类型',
  letterOut: '输出文件',
  letterFormat: '输出格式（默认按文件扩展名，否则为 pdf）',
  unknownLetterKind: (kind: string, kinds: readonly (readonly [string, string])[]) =>
    [`未知的文书类型“${kind}”，可选：`, ...kinds.map(([name, label]) => `  ${name}（${label}）`)].join('\n'),
  letterMissingFacts: (label: string, count: number) => `无法生成“${label}”：案件还缺少 ${count} 项信息：`,
  cannotWriteFile: (file: string, reason: string) => `无法写入文件 ${file}：${reason}`,
} as const;

/** Column headings of `casebook evidence add` and `casebook evidence list`. */
export const evidenceTableHeadings = {
  exhibit: '编号',
  id: 'ID',
  sha256: 'SHA-256',
  size: '大小',
  storedPath: '存放位置',
  category: '分类',
  title: '名称',
  capturedAt: '取证时间',
} as const;

/** Where a capture time came from, as `evidence list` shows it. */
export const captureSourceLabels = {
  exif: '照片 EXIF',
  'file-mtime': '文件修改时间',
  user: '手动填写',
  ocr: '截图内容识别',
} as const;

/** Column headings of `casebook case list`. */
export const caseTableHeadings = {
  folder: '文件夹',
  status: '状态',
  stage: '进度',
  platform: '平台',
  amount: '金额（元）',
  title: '标题',
} as const;

/** Labels of the case facts that are not intake fields (those are in `fieldLabels`). */
export const caseRecordLabels = {
  id: '案件编号',
  folder: '文件夹',
  path: '位置',
  lifecycle: '分类',
  createdAt: '创建时间',
  updatedAt: '更新时间',
} as const;

/** Text of the Electron window and its dialogs. */
export const desktopMessages = {
  windowTitle: '维权卷宗',
  workspaceOpenFailed: '无法打开工作区',
  /** The desktop notification when a case's deadline has passed. */
  overdueNotice: (title: string, days: number) => `“${title}”已超期 ${days} 个工作日`,
} as const;
