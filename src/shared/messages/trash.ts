/** Emptying the trash: deleting cases for good, in the app and the CLI. */
export const trashMessages = {
  purgeOne: '永久删除',
  emptyTrash: '清空回收站',
  confirmTitle: (count: number) => (count === 1 ? '永久删除这个案件？' : `永久删除回收站中的 ${count} 个案件？`),
  confirmIntro: '下列案件的文件夹将从电脑上彻底删除，无法恢复：',
  confirmItem: (title: string, evidence: number) => `${title}（证据 ${evidence} 项）`,
  confirmLoses:
    '一并删除的有：证据原件、文书及其 PDF、时间线、操作日志，以及其中的个人信息（如身份证号码、手机号码、地址）。如需保留，请先在“导出”中备份。',
  confirmAudit: '工作区的删除记录会留下案件名称、文件数量和删除时间，不含个人信息。',
  confirmButton: (count: number) => (count === 1 ? '永久删除' : `永久删除 ${count} 个案件`),
  purged: (count: number) => `已永久删除 ${count} 个案件`,
  notTrashed: (ref: string) => `案件“${ref}”不在回收站中；只有先移到回收站的案件才能永久删除`,
  auditBusy: '工作区的删除记录正在被其他窗口或命令行写入，请稍后重试',
  /** CLI: `casebook case purge`. */
  cliPurge: '永久删除回收站中的案件（无法恢复）',
  cliPurgeRef: '案件编号或文件夹名（须在回收站中）',
  cliPurgeAll: '删除回收站中的全部案件',
  cliPurgeYes: '确认删除；不加时只列出将删除的案件',
  cliPurgeWhich: '请指定一个案件，或用 --all-trashed 清空回收站（二者只能选一）',
  cliPurged: (count: number) => `已永久删除 ${count} 个案件：`,
  wouldPurge: (count: number) => `将永久删除 ${count} 个案件（无法恢复）：`,
  confirmWithYes: '确认无误后，加上 --yes 再运行一次',
  nothingToPurge: '回收站是空的，没有要删除的案件',
} as const;
