/** The evidence transcript field of the label editor. */
export const transcriptMessages = {
  label: '录音/录像的文字转写',
  hint: '逐句写下录音或录像中说的话（谁说的、说了什么）。证据材料和卷宗会把转写文本与文件信息一起打印。',
  placeholder: '例如：\n客服（工号KF8848）：您好，这边已经为您登记工单……\n本人：卡密显示无效，请退款。',
} as const;

/** What an exhibit page says about the item (evidence bundle and dossier alike). */
export const exhibitText = {
  heading: (exhibit: number, title: string) => `证据${exhibit}\u3000${title}`,
  stamp: (exhibit: number) => `证据${exhibit}`,
  stampPage: (page: number, pages: number) => `第${page}页/共${pages}页`,
  source: '证据来源',
  category: '类别',
  purpose: '证明目的',
  capturedAt: '形成时间',
  /** Only times the evidence itself or the person vouches for; a file's modification time is never one. */
  capturedAtSource: { exif: '照片拍摄信息', user: '当事人填写' } as Record<string, string>,
  /** A time read off the picture (an order time on a screenshot, say) is what it shows, not when it was made. */
  shownTime: '图中显示的时间',
  shownTimeNote: '由图片内容识别，并非截图或拍摄的时间',
  importedAt: '导入时间',
  importedAtNote: '导入证据库并计算 SHA-256 的时间',
  originalName: '原始文件',
  sizeLabel: '大小',
  size: (bytes: number) => `${bytes.toLocaleString('en-US')} 字节`,
  mediaType: '文件类型',
  duration: '时长',
  durationValue: (seconds: number) => {
    const whole = Math.round(seconds);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    return `${h > 0 ? `${h}小时` : ''}${h > 0 || m > 0 ? `${m}分` : ''}${s}秒`;
  },
  durationUnknown: '无法从文件读出',
  consent: '录音时是否告知对方',
  transcript: '文字转写（当事人整理）',
  noTranscript: '当事人尚未整理文字转写。',
  text: '文件内容',
  textTruncated: (shown: number) => `（以上为文件的前 ${shown.toLocaleString('en-US')} 字，全文以原始文件为准。）`,
  /** Where the original of something that cannot be printed is. */
  originalInArchive: (name: string) => `原始文件随卷宗压缩包提交，文件名为“${name}”，可凭上述 SHA-256 值核对其完整性。`,
  originalNotAttached: '原始文件为电子文件，未随本材料附送，可另行提交；可凭上述 SHA-256 值核对其完整性。',
  pictureUnreadable: '无法读取此图片的内容，未能打印；请核对原始文件。',
  pdfUnreadable: '无法读取此 PDF 文件的页面，未能附入；请核对原始文件。',
  pdfEncrypted: '此 PDF 文件已加密，无法附入其页面；请核对原始文件。',
  notPrintable: (mediaType: string) => `本证据为电子文件（${mediaType}），无法直接打印。`,
  bundleTitle: '证据材料',
  noExhibits: '本案尚未导入证据材料。',
} as const;

/** The dossier's own texts. */
export const dossierText = {
  pageNumber: (page: number, pages: number) => `第 ${page} 页 / 共 ${pages} 页`,
  title: '案件卷宗',
  cover: {
    plaintiff: '原告（投诉人）',
    defendant: '被告（被投诉人）',
    seller: '销售者（店铺）',
    sellerValue: (shop: string, operator: string) => `${shop}（经营者：${operator}）`,
    order: '订单',
    orderValue: (number: string, date: string, amount: string) => `${number}（${date}下单，实付${amount}）`,
    claims: '请求事项',
    total: '请求金额合计',
    exhibits: '证据',
    exhibitsValue: (count: number) => (count === 0 ? '无' : count === 1 ? '1 项（证据1）' : `${count} 项（证据1—证据${count}）`),
    pages: '卷宗页数',
    pagesValue: (pages: number) => `共 ${pages} 页`,
    madeOn: '制作日期',
    archive: (zip: string) => `证据原件、往来函件的 PDF、操作日志及各文件的 SHA-256 清单见同名压缩包“${zip}”。`,
    missingCourt: '以下事实尚未填写，本卷宗暂未收入民事起诉状：',
    missingList: '以下事实尚未填写，本卷宗暂未收入证据目录：',
    exhibitsLack: (numbers: readonly number[], what: string) =>
      `${numbers.length > 12 ? `证据${numbers.slice(0, 12).join('、')}等 ${numbers.length} 项` : numbers.map((n) => `证据${n}`).join('、')}缺少${what}`,
    exhibitFields: { purpose: '证明目的', source: '证据来源' } as Record<string, string>,
  },
  contents: {
    title: '目　录',
    courtComplaint: '民事起诉状',
    evidenceList: '证据目录',
    chronology: '大事记',
    letters: '往来函件',
    letter: (title: string, sentOn: string) => `${title}（${sentOn}发送）`,
    exhibits: (count: number) => (count === 1 ? '证据材料（证据1）' : `证据材料（证据1—证据${count}）`),
    appendix: '完整性附录',
    numbered: (index: number, title: string) => `${['一', '二', '三', '四', '五', '六', '七', '八'][index] ?? index + 1}、${title}`,
  },
  chronology: {
    title: '大　事　记',
    columns: ['序号', '时间', '经过', '相关证据'],
    deadline: (date: string) => `（处理期限至${date}）`,
    none: '时间线中尚无记录。',
  },
  letters: {
    sent: (title: string, version: number, at: string, channel: string) => `以下为${at}通过${channel}发出的《${title}》（第${version}版），按发送时的内容收入。`,
  },
  appendix: {
    title: '完整性附录',
    intro: (zip: string) =>
      `本卷宗随附压缩包“${zip}”。压缩包中的 manifest.json 列明每个文件的名称、大小和 SHA-256 值，下表即其内容；SHA256SUMS 可用 “sha256sum -c SHA256SUMS” 逐一核对（Windows 可用 “certutil -hashfile 文件名 SHA256”）。`,
    manifestHash: 'manifest.json 的 SHA-256',
    auditHead: '操作日志（audit.jsonl）的链头',
    auditHeadValue: (sha256: string, lines: number) => `${sha256}（共 ${lines} 条记录）`,
    auditBroken: (line: number) => `注意：操作日志第 ${line} 行起的记录无法通过哈希链校验，请先在“证据”页运行“校验完整性”。`,
    tool: '制作工具',
    toolValue: (version: string, at: string) => `维权卷宗 Casebook ${version}，${at}`,
    columns: ['序号', '文件及其 SHA-256', '类别', '大小（字节）'],
    roles: { evidence: '证据原件', letter: '函件', audit: '操作日志', dossier: '卷宗' } as Record<string, string>,
    selfNote: '本卷宗（dossier.pdf）记载了 manifest.json 的 SHA-256，故其自身的 SHA-256 无法记载于本卷宗和 manifest.json 中，见压缩包内的 SHA256SUMS。',
    timestamps: {
      heading: '可信时间戳（RFC 3161）',
      none: '本案没有申请可信时间戳。',
      intro:
        '第三方时间戳服务（TSA）对本案证据清单（每件证据的 SHA-256）签发的时间戳，证明该清单在所示时间已经存在且此后未被改动。制作本卷宗时已离线核验签名、时间戳证书、清单摘要及清单所列证据的 SHA-256；清单和时间戳文件保存在案件文件夹的 timestamps/ 中，可用 “openssl ts -verify” 另行核验。',
      columns: ['序号', '时间戳证明的时间', '签发者及所盖清单', '覆盖证据', '核验结果'],
      issuer: (issuer: string) => `证书颁发者：${issuer}`,
      files: (manifest: string, sha256: string) => `${manifest}（SHA-256：${sha256}）`,
      covered: (items: number, uncovered: number) => (uncovered > 0 ? `${items} 件（其后新增的 ${uncovered} 件未覆盖）` : `${items} 件`),
      valid: '有效',
      invalid: (problems: readonly string[]) => `无效：${problems.join('；')}`,
    },
  },
  warnings: {
    courtConflicts: (count: number) => `民事起诉状有 ${count} 处你修改过、案件资料也已变化的内容，卷宗中使用了你修改后的文字，请核对。`,
    auditBroken: (line: number) => `操作日志第 ${line} 行起无法通过哈希链校验，卷宗的完整性附录已注明。`,
    timestampInvalid: (index: number, problems: readonly string[]) => `可信时间戳 ${index} 未通过核验（${problems.join('；')}），卷宗的完整性附录已注明。`,
  },
} as const;

/** Failures of making a dossier, for the person. */
export const dossierMessages = {
  changedOriginal: (exhibit: number, title: string) =>
    `证据${exhibit}（${title}）的原始文件与导入时记录的 SHA-256 不一致，卷宗未生成。请在“证据”页运行“校验完整性”查看。`,
  changedFile: (name: string) => `“${name}”与记录的 SHA-256 不一致，卷宗未生成。请在“证据”页运行“校验完整性”查看。`,
  jobNotFound: '找不到这次卷宗生成任务，可能已经结束很久或应用已重新启动',
  exportNotFound: (id: string) => `找不到导出记录 ${id}`,
  failed: '生成卷宗时出错，没有写入任何文件。',
  revealUnsupported: '此处无法打开文件夹，请按显示的保存位置自行打开',
} as const;

/** Each step of making a dossier, as a progress line or bar says it. */
export const dossierProgressText = {
  reading: (done: number, total: number) => `读取证据 ${done}/${total}`,
  layout: () => '排版',
  exhibits: (done: number, total: number) => `放入证据页面 ${done}/${total}`,
  write: (done: number, total: number) => `写入卷宗 PDF：图片 ${done}/${total}`,
  archive: (done: number, total: number) => `打包原始文件 ${done}/${total}`,
} as const;

/** `casebook dossier`. */
export const dossierCliMessages = {
  description: '生成法院用卷宗：<案件文件夹>-卷宗.pdf 和含原始证据、清单与校验值的 <案件文件夹>-卷宗.zip',
  out: '输出文件夹（不存在则新建）',
  outNotFolder: (path: string) => `--out：${path} 已存在且不是文件夹`,
  outUnwritable: (path: string, reason: string) => `无法写入输出文件夹 ${path}（${reason}）`,
  progress: (line: string) => `正在生成卷宗…… ${line}`,
} as const;

/** The 导出 tab and the 打印 buttons. */
export const exportTabMessages = {
  dossierTitle: '法院用卷宗',
  dossierIntro:
    '一份 PDF 卷宗：封面、目录、民事起诉状、证据目录（页码为卷宗中的真实页码）、大事记、已发送的函件、全部证据和完整性附录，每页标有“第 N 页 / 共 M 页”；另附一个压缩包：未经改动的证据原件、函件 PDF、操作日志、manifest.json 和 SHA256SUMS 校验清单。',
  generate: '生成卷宗',
  regenerate: '重新生成卷宗',
  cancel: '取消',
  cancelling: '正在取消……',
  progressLabel: '卷宗生成进度',
  starting: '正在准备……',
  done: '卷宗已生成',
  cancelled: '已取消，没有留下未完成的文件。',
  failedTitle: '卷宗未能生成',
  summary: (pages: number, exhibits: number) => `共 ${pages} 页 · ${exhibits} 项证据`,
  pdfFile: '卷宗 PDF',
  zipFile: '压缩包',
  writtenTo: '保存位置',
  openFolder: '打开文件夹',
  openPdf: '打开 PDF',
  downloadZip: '下载压缩包',
  warnings: '请核对',
  previousTitle: '以往导出',
  previousNone: '还没有导出过卷宗。',
  previousColumns: { createdAt: '生成时间', pages: '页数', exhibits: '证据', pdf: 'PDF', zip: '压缩包', actions: '操作' },
  revealFailed: '无法打开文件夹',
  print: '打印',
  /** Why 打印 opens the PDF: a browser prints a PDF only from its own viewer. */
  printTooltipBrowser: '在浏览器的 PDF 查看器中打开，并调出打印对话框',
  printTooltipDesktop: '调出系统打印对话框',
  printNeedsSave: '保存后才能打印 PDF',
} as const;

