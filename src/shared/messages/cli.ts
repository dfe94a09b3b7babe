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
