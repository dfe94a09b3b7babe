/** The evidence transcript field of the label editor. */
export const transcriptMessages = {
  label: '录音/录像的文字转写',
  hint: '逐句写下录音或录像中说的话（谁说的、说了什么）。证据材料和卷宗会把转写文本与文件信息一起打印。',
  placeholder: '例如：\n客服（工号KF8848）：您好，这边已经为您登记工单……\n本人：卡密显示无效，请退款。',
} as const;
