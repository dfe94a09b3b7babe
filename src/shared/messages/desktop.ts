/** Text of the desktop app's own chrome: the application menu and the 关于 dialog. */
export const menuMessages = {
  file: '文件',
  newCase: '新建案件',
  importCase: '导入案件…',
  backupWorkspace: '备份工作区…',
  restoreWorkspace: '从备份恢复…',
  print: '打印…',
  openWorkspaceFolder: '打开工作区文件夹',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  delete: '删除',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  toggleDevTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '全屏',
  window: '窗口',
  minimize: '最小化',
  zoom: '缩放',
  front: '全部置于顶层',
  help: '帮助',
  about: '关于维权卷宗',
  openLogFolder: '查看日志文件夹',
  services: '服务',
  hide: '隐藏维权卷宗',
  hideOthers: '隐藏其他',
  unhide: '全部显示',
  quitApp: '退出维权卷宗',
} as const;

export interface AboutFacts {
  version: string;
  electron: string;
  chrome: string;
  node: string;
  workspace: string | null;
  logFile: string;
}

export const aboutMessages = {
  title: '关于维权卷宗',
  heading: (version: string) => `维权卷宗 ${version}`,
  detail: ({ electron, chrome, node, workspace, logFile }: AboutFacts) =>
    [
      '在本机整理卡盟纠纷的事实与证据、跟进期限、生成文书。所有数据都保存在你的电脑上。',
      '',
      `工作区：${workspace ?? '（尚未打开）'}`,
      `日志文件：${logFile}`,
      '',
      `Electron ${electron} · Chromium ${chrome} · Node.js ${node}`,
    ].join('\n'),
  ok: '确定',
  openLogFolder: '打开日志文件夹',
} as const;
