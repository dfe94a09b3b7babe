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
  verifyTarget: '案件编号或文件夹名；或 Casebook 导出的 .zip 压缩包（卷宗压缩包或案件迁移包）',
  verifyDescription: '核验案件（重新计算证据的 SHA-256 并检查审计日志），或按清单核验导出的压缩包',
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
  manifestsOf: { 'casebook-dossier': 'manifest.json 和 SHA256SUMS', 'casebook-case': 'transfer-manifest.json' },
} as const;
