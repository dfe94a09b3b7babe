import type { ArchiveRefusalReason } from '../domain/archive';

/** The limits are round sizes: `20.0 GB`, `10.0 MB`. */
const sizeText = (bytes: number): string => {
  const units = ['字节', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} 字节` : `${value.toFixed(1)} ${units[unit]}`;
};

/**
 * What is wrong with an archive that cannot be read safely: `archive` is its file name, `entry` the
 * entry at fault, `limit` the limit exceeded. One sentence each, without saying what happens next
 * (import refuses, verify reports), see {@link archiveMessages}.
 */
export const archiveRefusalText: Record<ArchiveRefusalReason, (archive: string, entry: string, limit?: number) => string> = {
  'not-zip': (archive) => `${archive} 不是可读取的 zip 压缩包（文件已损坏或不是压缩包）。`,
  damaged: (archive, entry) => `${archive} 中的“${entry}”已损坏，无法解压。`,
  'unsafe-path': (archive, entry) => `${archive} 中的“${entry}”路径不安全（含 ..、绝对路径、盘符、反斜杠、空段或过长），解压时可能写到目标文件夹之外。`,
  'reserved-name': (archive, entry) =>
    `${archive} 中的“${entry}”使用了 Windows 保留的名称或字符（如 CON、NUL、COM1，<>:"|?*，控制字符或文字方向字符，结尾的点或空格）。`,
  link: (archive, entry) => `${archive} 中的“${entry}”是符号链接，可能指向目标文件夹之外。`,
  'special-file': (archive, entry) => `${archive} 中的“${entry}”是设备文件、管道等特殊文件。`,
  'unexpected-entry': (archive, entry) => `${archive} 中的“${entry}”是隐藏文件，案件文件夹中不应有此类文件（如锁文件、未完成的暂存文件）。`,
  duplicate: (archive, entry) => `${archive} 中的“${entry}”与另一个条目只差大小写或 Unicode 规范化形式，在 Windows 和 macOS 上会成为同一个文件。`,
  'too-many-entries': (archive, _entry, limit = 0) => `${archive} 包含的条目超过 ${limit.toLocaleString('en-US')} 个的上限（可能是压缩炸弹）。`,
  'too-large': (archive, _entry, limit = 0) => `${archive} 解压后超过 ${sizeText(limit)} 的上限（可能是压缩炸弹）。`,
  'size-mismatch': (archive, entry) => `${archive} 中的“${entry}”实际大小与声明的不符（可能是压缩炸弹，或文件已损坏）。`,
  overlapping: (archive, entry) => `${archive} 中的“${entry}”与其他条目共用数据（压缩炸弹的特征）。`,
  encrypted: (archive, entry) => `${archive} 中的“${entry}”已加密，无法读取。`,
  'unsupported-compression': (archive, entry) => `${archive} 中的“${entry}”使用了不支持的压缩方式。`,
  'manifest-missing': (archive, entry) => `${archive} 中没有 ${entry}，不是 Casebook 导出的压缩包。`,
  'manifest-invalid': (archive, entry) => `${archive} 中的 ${entry} 无法读取或格式不对，不是本版本能读取的 Casebook 压缩包。`,
  'manifest-mismatch': (archive, entry) => `${archive} 与其清单不符：“${entry}”缺失、未列入清单或大小不同。`,
  tampered: (archive, entry) => `${archive} 中的“${entry}”与清单记录的 SHA-256 不一致，文件已被改动。`,
  'audit-mismatch': (archive, entry) => `${archive} 中的审计日志 ${entry} 链条断裂，或与清单记录的链头不一致（日志被改写或截断）。`,
  'case-damaged': (archive, entry) => `${archive} 中的案件未通过完整性核验：${entry}`,
};

export const archiveMessages = {
  /** Appended to a refusal by import and restore. */
  nothingWritten: '已拒绝，没有写入任何文件。',
} as const;

/** `casebook verify <archive.zip>` and the CLI's other archive commands. */
export const archiveCliMessages = {
  verifyTarget: '案件编号或文件夹名；或 Casebook 导出的 .zip 压缩包（卷宗压缩包、案件迁移包或工作区备份）',
  verifyDescription: '核验案件（重新计算每个证据文件的 SHA-256，并逐项核对证据、交涉记录、文书与审计日志），或按清单核验导出的压缩包',
  archiveIntact: (checked: number, manifests: string) => `压缩包完整：${checked} 个文件与 ${manifests} 一致，审计日志完整且链头与清单相符。`,
  archiveBroken: (count: number, checked: number) => `发现 ${count} 处问题（共核对 ${checked} 个文件）：`,
  problem: {
    missing: (name: string) => `缺失：${name}（清单中列出，压缩包中没有）`,
    extra: (name: string) => `多出的文件：${name}（清单中没有）`,
    modified: (name: string, expected: string, actual: string) => `已被改动：${name}（清单记录 ${expected}，实际 ${actual}）`,
    sumsDisagree: (name: string, manifest: string, sums: string) => `清单之间不一致：${name} 在 manifest.json 中为 ${manifest}，在 SHA256SUMS 中为 ${sums}`,
    manifestMissing: (name: string) => `缺少 ${name}，不是 Casebook 导出的压缩包，或清单已被删除`,
    manifestInvalid: (name: string) => `${name} 无法读取或格式不对`,
    auditChain: (name: string) => `审计日志 ${name} 的哈希链断裂（有行被改动、删除或插入）`,
    auditHead: (name: string) => `审计日志 ${name} 的链头与清单记录的不一致（日志被改写或截断）`,
  },
  manifestsOf: { 'casebook-dossier': 'manifest.json 和 SHA256SUMS', 'casebook-case': 'transfer-manifest.json', 'casebook-backup': 'backup-manifest.json' },
} as const;

/** Moving a case between computers (`case export` / `case import`, 导出案件 / 导入案件). */
export const transferMessages = {
  unportableName: (path: string) => `案件文件夹中的“${path}”名称在其他系统上无法使用（或与另一个文件只差大小写），无法导出。请先改名或移走此文件。`,
  notRegular: (path: string) => `案件文件夹中的“${path}”不是普通文件（符号链接、设备文件等），无法导出。`,
  exportDamaged: (folder: string, problems: number) =>
    `案件“${folder}”未通过完整性核验（${problems} 处问题），不能导出：请先运行“校验完整性”（casebook verify）查看并处理。`,
  changedDuringExport: (path: string) => `导出期间“${path}”被改动，未导出。请重试。`,
  outExists: (path: string) => `${path} 已存在，未覆盖。请换一个文件名。`,
  outUnwritable: (path: string, code: string) => `无法写入 ${path}（${code}）。`,
  diskFull: (bytes: number) => `磁盘空间不足：导入此案件需要约 ${(bytes / 1024 ** 2).toFixed(1)} MB，未导入。`,
  verifyFailed: (problems: number) => `${problems} 处问题（证据原件与导入记录或审计日志不符），请在原电脑上运行“校验完整性”查看`,
  archiveNotFound: (path: string) => `找不到要导入的文件 ${path}（或它不是文件）。`,
  caseExists: (folder: string) => `工作区中已有这个案件（文件夹“${folder}”，可能在回收站中），未导入。`,
  importCommand: '从案件迁移包（.casebook.zip）导入案件：核对每个文件的 SHA-256，保留审计日志',
  exportCommand: '把整个案件文件夹导出为迁移包（.casebook.zip），可在另一台电脑上导入',
  exportOut: '迁移包的文件名（F.zip），或要写入的文件夹（文件名默认为 <案件文件夹>.casebook.zip）',
  archiveArgument: '案件迁移包（.casebook.zip）',
  exported: (path: string, files: number) => `已导出 ${files} 个文件：${path}`,
  imported: (folder: string, path: string) => `已导入案件“${folder}”：${path}`,
  renamed: (original: string, folder: string) => `工作区中已有文件夹“${original}”，导入的案件改名为“${folder}”。`,
} as const;

/** 导出案件 on the 导出 tab, 导入案件 on the dashboard. */
export const transferUiMessages = {
  exportTitle: '导出案件（迁移到另一台电脑）',
  exportIntro:
    '把整个案件文件夹——案件事实、证据原件及其记录、时间线、文书、操作日志——打包成一个 .casebook.zip 文件，附每个文件的 SHA-256 清单。在另一台电脑的 Casebook 中用“导入案件”打开，会逐一核对哈希并保留操作日志。已生成的卷宗不随案件迁移，可在新电脑上重新生成。',
  export: '导出案件',
  exportAgain: '重新导出',
  exporting: '正在导出…',
  exportFailed: '导出失败',
  exported: '案件已导出',
  previous: '上次导出',
  exportSummary: (files: number, size: string) => `${files} 个文件，压缩包 ${size}`,
  archiveSize: (size: string) => `压缩包 ${size}`,
  writtenTo: '保存位置',
  madeAt: '导出时间',
  download: '下载迁移包',
  importButton: '导入案件',
  importTitle: '导入案件',
  importIntro: '选择或拖入在另一台电脑上“导出案件”得到的 .casebook.zip 文件。导入前会核对每个文件的 SHA-256、审计日志和证据原件；不符合的压缩包会被拒绝，不会写入任何文件。',
  dropHere: '把 .casebook.zip 拖到这里，或点击选择文件',
  dropAnywhere: '松开鼠标即可导入案件',
  importing: (name: string) => `正在导入“${name}”并核对每个文件…`,
  imported: (folder: string) => `已导入案件“${folder}”`,
  importedDetail: (files: number, checked: number) =>
    `${files} 个文件的 SHA-256 与清单一致，${checked > 0 ? `${checked} 件证据原件核验通过，` : ''}操作日志已接续。`,
  renamed: (original: string, folder: string) => `工作区中已有文件夹“${original}”，导入的案件放在“${folder}”。`,
  refused: '未导入',
  notZip: (name: string) => `“${name}”不是 .zip 文件。请选择“导出案件”得到的 .casebook.zip 文件。`,
  oneFile: '一次只能导入一个案件迁移包。',
  openCase: '打开案件',
  close: '关闭',
} as const;
