import type { OcrFactKind, OcrMismatch, OcrStatus } from '../domain/ocr';

/** Chinese text of screenshot reading (OCR): classification titles, warnings, the evidence list and the CLI. */
export const ocrMessages = {
  chatLayout: '左右排列的聊天气泡',
  errorCode: '错误代码',
  titles: {
    alipay: '支付宝账单截图',
    wechatPay: '微信支付账单截图',
    bill: '支付账单截图',
    order: '订单详情截图',
    orderWithNumber: (number: string) => `订单详情截图（${number}）`,
    chat: '客服聊天记录',
    chatWithAgent: (agent: string) => `客服聊天记录（${agent}）`,
    email: '客服邮件截图',
    error: '报错提示截图',
    errorWithCode: (code: string) => `报错提示截图（${code}）`,
    notArrived: '充值未到账截图',
    account: '账号信息截图',
  },
  mismatch: (mismatch: OcrMismatch): string => {
    switch (mismatch.field) {
      case 'order-number':
        return `截图中的订单号 ${mismatch.read} 与案件订单号 ${mismatch.expected} 不一致`;
      case 'amount':
        return `截图中的实付金额 ${mismatch.read} 元与案件实付金额 ${mismatch.expected} 元不一致`;
      case 'account':
        return `截图中的账号 ${mismatch.read} 与案件中填写的账号 ${mismatch.expected} 不一致`;
    }
  },
  status: {
    queued: '等待识别',
    running: '正在识别文字…',
    done: '已识别',
    failed: '识别失败',
  } satisfies Record<OcrStatus, string>,
  factKinds: {
    'order-number': '订单号',
    amount: '金额',
    'date-time': '时间',
    account: '账号',
    agent: '客服',
    ticket: '工单/投诉号',
    company: '公司',
    'card-key': '卡密',
    error: '报错',
    promise: '承诺时限',
    'payment-ref': '支付单号',
    product: '商品',
  } satisfies Record<OcrFactKind, string>,
  readFailed: (file: string, reason: string) => `无法识别“${file}”中的文字：${reason}`,
  notAnImage: (title: string) => `“${title}”不是图片，无法识别文字`,
  fileInvalid: (file: string, detail: string) => `${file} 不是有效的识别结果：${detail}`,
  fileFutureVersion: (file: string, version: number, supported: number) =>
    `${file} 的格式版本为 ${version}，由更新版本的维权卷宗写入；本软件最高支持版本 ${supported}`,
  cliProgress: (done: number, total: number, title: string) => `识别截图文字 ${done}/${total}：${title}`,
  cliDone: (count: number) => `已识别 ${count} 张图片中的文字`,
  cliNothing: '没有需要识别的图片',
  cliFailed: (title: string, reason: string) => `识别失败：${title}（${reason}）`,
  cliCommand: '识别证据图片中的文字（OCR），提取订单号、金额、时间等，并据此建议分类、名称和形成时间',
  cliItems: '证据 ID 或编号（如 证据2 或 2）；省略时识别本案全部图片',
  cliNoOcr: '导入后不识别图片中的文字',
  notRead: (title: string) => `“${title}”还没有识别过文字`,
  unknownItem: (ref: string) => `本案没有证据“${ref}”`,
} as const;

/** How proposed timeline entries read before the person edits them. */
export const ocrProposalMessages = {
  agentMessage: (agent: string | undefined, text: string) => `客服${agent ? `（${agent}）` : ''}称：${text}`,
  ownMessage: (text: string) => `我方在线上客服中表示：${text}`,
} as const;

/** The app's OCR wording: the evidence list, the reading drawer, the setting and the dashboard's text search. */
export const ocrUiMessages = {
  read: '识别文字',
  readItem: (exhibit: string) => `识别 ${exhibit} 中的文字`,
  reread: '重新识别',
  showReading: '识别结果',
  showReadingOf: (exhibit: string) => `查看 ${exhibit} 的识别结果`,
  queuedToast: (count: number) => `已开始识别 ${count} 张图片中的文字`,
  drawerTitle: (exhibit: string) => `${exhibit} 的识别结果`,
  readAt: (at: string) => `识别于 ${at}（本机离线识别，图片不会上传）`,
  classified: (category: string, title: string) => `建议分类：${category}；建议名称：${title}`,
  because: (words: string) => `依据：${words}`,
  userSetNote: '你手动设置过的字段不会被识别结果覆盖。',
  facts: '提取的信息',
  noFacts: '没有提取到订单号、金额、时间等信息',
  text: '识别出的文字',
  noText: '图片中没有识别到文字',
  warnings: '与案件信息不一致',
  timelineTitle: '建议加入时间线的记录',
  timelineHint: '逐条确认后才会加入时间线；可以先修改时间和摘要。',
  timelineAt: '时间',
  timelineSummary: '摘要',
  timelineAdd: '加入时间线',
  timelineAdded: '已加入时间线',
  timelineNeedsTime: '请先填写时间',
  promise: (days: number) => `承诺 ${days} 个工作日`,
  offer: (kind: string, amount?: string) => `提出${kind}${amount ? ` ${amount} 元` : ''}`,
  offerKinds: { refund: '退款', 'partial-refund': '部分退款', coupon: '优惠券补偿', redelivery: '补发', other: '其他补偿' },
  caseFieldsTitle: '可以补充到案件中的信息',
  caseFieldsHint: '案件中这些信息还空着；确认后才会填入。',
  caseFieldFill: '填入案件',
  caseFieldFilled: '已填入案件',
  setting: '导入图片后自动识别文字',
  settingHint: '在本机离线识别截图中的订单号、金额、时间等，用于建议分类、名称和形成时间；不会上传任何内容。',
  searchHits: (count: number) => `截图文字中找到 ${count} 处`,
  searchHitLine: (exhibit: string, title: string) => `${exhibit} ${title}`,
} as const;
