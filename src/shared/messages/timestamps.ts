/** Chinese text of trusted timestamps (RFC 3161 可信时间戳) of a case's evidence manifest. */
export const timestampMessages = {
  // Why a stored stamp does not hold.
  unreadableToken: (reason: string) => `时间戳文件无法解析（${reason}）`,
  notGranted: (status: string) => `时间戳服务没有签发时间戳（状态：${status}）`,
  noToken: '时间戳服务的回复中没有时间戳',
  imprintMismatch: '时间戳中的摘要与证据清单的 SHA-256 不一致：清单在盖时间戳后被改动过',
  notSha256: '时间戳使用的摘要算法不是 SHA-256',
  signatureInvalid: (reason: string) => `时间戳的签名无效（${reason}）`,
  notTimestampingCertificate: '签发时间戳的证书不是专用于时间戳的证书（缺少关键的“时间戳”扩展用途）',
  nonceMismatch: '时间戳服务回复的随机数与请求不一致',
  manifestMissing: '证据清单文件缺失或无法读取',
  manifestInvalid: (reason: string) => `证据清单文件格式不对（${reason}）`,
  tokenMissing: '时间戳文件缺失',
  itemChanged: (title: string, id: string) => `证据“${title}”（${id}）现在的 SHA-256 与盖时间戳时不同`,
  itemGone: (id: string) => `盖时间戳时的证据 ${id} 已不在证据清单中`,

  // Requesting one.
  noTsaUrl: '还没有设置时间戳服务的地址：请填写一个支持 RFC 3161 的时间戳服务（TSA）网址',
  unreachable: (url: string, reason: string) => `无法连接时间戳服务 ${url}（${reason}），未盖时间戳`,
  badHttpStatus: (url: string, status: number) => `时间戳服务 ${url} 返回了 HTTP ${status}，未盖时间戳`,
  responseTooLarge: '时间戳服务的回复过大，未保存',
  refused: (reason: string) => `时间戳服务的回复未通过检查：${reason}。未保存`,

  // CLI.
  command: '为案件的证据清单申请可信时间戳（RFC 3161），保存在案件文件夹中并记入审计日志',
  tsaUrlOption: '时间戳服务（TSA）的网址；给出后记住，下次可省略',
  stamped: (genTime: string, tsa: string, items: number) => `已盖可信时间戳：${genTime}，由 ${tsa} 签发，覆盖 ${items} 件证据。`,
  statusLine: (genTime: string, tsa: string, items: number, uncovered: number) =>
    `${genTime}，由 ${tsa} 签发，覆盖 ${items} 件证据${uncovered > 0 ? `（其后新增的 ${uncovered} 件未覆盖）` : ''}`,
  valid: '有效',
  invalid: '无效',
  verifyHeading: '可信时间戳：',
  verifyInvalid: (file: string, reason: string) => `可信时间戳 ${file} 无效：${reason}`,

  // The app's panel.
  panelTitle: '可信时间戳',
  panelDescription:
    '由第三方时间戳服务（TSA，RFC 3161）证明：在该时间点，本案证据清单（每件证据的 SHA-256）已经存在且此后未被改动。需要联网；时间戳文件保存在案件文件夹的 timestamps/ 中，可离线校验。',
  tsaUrlLabel: '时间戳服务网址（TSA）',
  tsaUrlPlaceholder: '例如 https://tsa.example.com/tsr',
  request: '申请可信时间戳',
  none: '本案还没有可信时间戳。',
  requested: '已盖可信时间戳',
} as const;
