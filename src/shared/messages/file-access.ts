/** Chinese messages for places on disk a page asked for that its host does not let it name. */
export const fileAccessMessages = {
  pathImportOff: '网页版只能上传文件（点“选择文件”或拖入），不能按本机路径导入。需要按路径导入时，请用命令行 casebook evidence add。',
  workspaceNotAbsolute: '请填写工作区文件夹的完整路径，例如 /home/用户名/Casebook 或 C:\\Users\\用户名\\Casebook',
  workspaceOutsideHome: (home: string) =>
    `网页版只能打开个人文件夹（${home}）之内的工作区。其他位置的工作区，请用 casebook --workspace <文件夹> web 启动。`,
  unknownFileHandle: '找不到这个文件的授权（可能已过期），请重新选择或拖入文件',
  unknownFolderHandle: '请用“选择文件夹…”按钮选择工作区文件夹',
  notDroppedFile: '只能导入从电脑中拖入或选择的文件',
  pickWorkspaceTitle: '选择工作区文件夹',
  pickWorkspaceButton: '选择文件夹…',
  pickWorkspaceDescription: '在弹出的窗口中选择（或新建）一个文件夹；每个案件都保存在其中的一个子文件夹里。',
} as const;
