/** The folder browser that chooses a workspace in a browser (what it may show is the web host's workspace rule). */
export const folderBrowserMessages = {
  title: '选择工作区文件夹',
  home: '个人文件夹',
  up: '上一级',
  workspaceBadge: '工作区',
  open: (name: string) => `打开文件夹 ${name}`,
  empty: '这里没有子文件夹',
  more: (n: number) => `还有 ${n} 个文件夹未显示，请在下方直接填写路径`,
  loadFailed: '无法列出这个文件夹',
  hint: '工作区文件夹里有 cases 和 .casebook 两个子文件夹；选择空文件夹或新文件夹会新建一个工作区。网页版只能选择个人文件夹之内的位置。',
  /** The desktop app has the system's folder dialog; only the web host lists folders. */
  notServed: '桌面应用请用系统的文件夹对话框选择工作区',
  notFound: (path: string) => `文件夹“${path}”不存在`,
  notFolder: (path: string) => `“${path}”不是文件夹`,
} as const;
