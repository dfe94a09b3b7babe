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
  capturedAtSource: { exif: '照片拍摄信息', user: '当事人填写', ocr: '图片内容识别' } as Record<string, string>,
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
} as const;

/** The dossier's own texts. */
export const dossierText = {
  pageNumber: (page: number, pages: number) => `第 ${page} 页 / 共 ${pages} 页`,
} as const;
