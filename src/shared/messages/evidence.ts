import type { EvidenceCategory, EvidenceElement, RecordingConsent } from '../domain/evidence';

export const evidenceCategoryLabels: Record<EvidenceCategory, string> = {
  transaction: '交易记录',
  communication: '沟通记录',
  anomaly: '异常证据',
  identity: '身份与账户',
  other: '其他',
};

export const evidenceCategoryHints: Record<EvidenceCategory, string> = {
  transaction: '订单页面、支付凭证、账单',
  communication: '客服聊天、邮件、通话录音',
  anomaly: '报错提示、错发商品、未到账截图或录屏',
  identity: '实名信息、账号主页、绑定手机',
  other: '以上都不适用的材料',
};

export const evidenceElementLabels: Record<EvidenceElement, string> = {
  time: '时间',
  parties: '主体',
  event: '事件',
  result: '结果',
};

export const recordingConsentLabels: Record<RecordingConsent, string> = {
  informed: '已告知对方在录音',
  'not-informed': '未告知对方',
  unknown: '不确定',
};

/** Chinese messages of the evidence locker; each names the file it is about. */
export const evidenceMessages = {
  exhibit: (n: number) => `证据${n}`,
  fileInvalidJson: 'evidence.json 不是有效的 JSON',
  fileFutureVersion: (version: number, supported: number) =>
    `evidence.json 的格式版本为 ${version}，由更新版本的维权卷宗写入；本软件最高支持版本 ${supported}`,
  fileInvalidField: (field: string, detail: string) => `evidence.json 中的字段“${field}”有误：${detail}`,
  fileOrderMismatch: '证据顺序与证据清单不一致',
  sourceMissing: (file: string) => `找不到文件“${file}”`,
  sourceUnreadable: (file: string, code: string) => `无法读取文件“${file}”（${code}）`,
  sourceSymlink: (file: string) => `“${file}”是一个快捷方式（符号链接），为保证证据是原件，不予导入；请直接选择它指向的文件`,
  sourceIsFolder: (file: string) => `“${file}”是一个文件夹；如需导入其中的所有文件，请确认（命令行请加 --recursive）`,
  sourceNotRegular: (file: string) => `“${file}”不是普通文件，无法导入`,
  sourceChanged: (file: string) => `导入期间文件“${file}”被修改了，未导入。请等文件不再变化（例如录屏已结束、下载已完成）后重试`,
  emptyFile: (file: string) => `“${file}”是空文件（0 字节），已导入，但它可能无法证明任何事实`,
  duplicate: (file: string, exhibit: string) => `“${file}”与已导入的${exhibit}内容完全相同（SHA-256 一致）`,
  diskFull: (file: string) => `磁盘空间不足，无法导入“${file}”，未导入。请清理空间后重试`,
  cancelled: (file: string) => `已取消导入“${file}”，未留下任何文件`,
  batchCancelled: '已取消导入，未留下任何文件',
  itemNotFound: (id: string) => `找不到证据“${id}”`,
  reorderMismatch: '新的顺序必须恰好包含本案的每一项证据',
} as const;
