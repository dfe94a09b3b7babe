import type { AuditBreak, AuditedRecord, AuditRepairStep, VerifyProblem } from '../domain/integrity';
import { timestampMessages } from './timestamps';

const short = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…` : '（文件不存在）');
/** A terminal shows hashes whole (to compare and copy); the app shortens them. */
const shown = (hash: string, full: boolean) => (full ? hash : short(hash));

/** Why the audit log cannot be trusted as it is, in words. */
export const auditBreakLabels: Record<AuditBreak, string> = {
  missing: '审计日志 audit.jsonl 不存在',
  empty: '审计日志是空的',
  torn: '最后一行不完整（被截断）',
  'not-json': '不是有效的记录',
  sequence: '序号不连续（有记录被删除或插入）',
  chain: '与上一行的哈希链接不上（有记录被删除、插入或改动）',
  hash: '内容与其哈希不符（该行被改动）',
  'no-creation': '日志不是从创建本案开始的',
  anchor: '与工作区索引中记下的链头不符（日志被重写）',
  truncated: '比工作区索引中记下的短（有记录被删除）',
};

const recordLabels: Record<AuditedRecord, string> = { case: '案件', evidence: '证据', timeline: '交涉记录', letter: '文书' };

const recordName = (record: AuditedRecord, id: string, version?: number) => `${recordLabels[record]} ${id}${version === undefined ? '' : ` 第 ${version} 版`}`;

/** Chinese for the integrity checks (verify, repair) and for a workspace that can only be read. */
export const integrityMessages = {
  reasonDiskFull: '磁盘空间不足',
  reasonReadOnly: '磁盘或文件夹是只读的',
  reasonBusy: '正被其他程序占用',
  reasonPermission: '没有权限',
  indexNotUpdated: (reason: string) => `案件已保存，但工作区索引未能更新（${reason}）；下次打开工作区时会自动补上。`,
  indexUnreadable: (reason: string) => `无法读取工作区索引（${reason}），本次未与索引记下的审计链头比对。`,
  indexInMemory: (reason: string) => `工作区索引无法写入（${reason}）：本次使用内存中的临时索引，查看、搜索和校验照常可用。`,
  workspaceNoPermission: (root: string) => `没有权限写入工作区“${root}”：可以查看、搜索、校验案件，并把文书生成到其他文件夹；不能修改案件。`,
  workspaceReadOnly: (root: string) => `工作区“${root}”是只读的：可以查看、搜索、校验案件，并把文书生成到其他文件夹；不能修改案件。`,
  exportNotAudited: (reason: string) => `卷宗已生成，但未能记入案件的审计日志：${reason}`,
  repairPlanChanged: '案件在您确认之后又有了变化，未做任何修复。请重新查看需要修复的内容后再确认。',
  nothingToRepair: '没有需要修复的内容。',

  /** One verify problem, for the terminal (`fullHashes`) and the app alike. */
  problem: (problem: VerifyProblem, { fullHashes = false } = {}): string => {
    switch (problem.kind) {
      case 'missing':
        return `缺失：evidence/${problem.storedName}（证据 ${problem.itemId}）已不在证据文件夹中`;
      case 'modified':
        return `已被改动：evidence/${problem.storedName}（导入时 SHA-256 ${shown(problem.expected, fullHashes)}，现在 ${shown(problem.actual, fullHashes)}）`;
      case 'not-regular':
        return `不是普通文件：evidence/${problem.storedName}（证据 ${problem.itemId}）被换成了${problem.found === 'symlink' ? '符号链接' : problem.found === 'directory' ? '文件夹' : '特殊文件'}`;
      case 'unexpected':
        return `多出的文件：${problem.file}（不是由卷宗写入的，不属于任何证据或文书）`;
      case 'audit-broken':
        return problem.line > 0 ? `审计日志第 ${problem.line} 行：${auditBreakLabels[problem.reason]}` : auditBreakLabels[problem.reason];
      case 'audit-mismatch':
        return problem.found === null
          ? `与审计日志不符：${problem.file} 在第 ${problem.line} 行记录的 SHA-256 为 ${shown(problem.logged, fullHashes)}，现在文件不存在（在卷宗之外被删除）`
          : `与审计日志不符：${problem.file} 在第 ${problem.line} 行记录的 SHA-256 为 ${shown(problem.logged, fullHashes)}，现在为 ${shown(problem.found, fullHashes)}（在卷宗之外被改动）`;
      case 'unaudited':
        return `没有审计记录：${recordName(problem.record, problem.id, problem.version)}`;
      case 'vanished':
        return `记录被删除：审计日志第 ${problem.line} 行记录的${recordName(problem.record, problem.id, problem.version)} 已不存在`;
      case 'unreadable':
        return problem.reason === 'ENOENT' ? `缺失：${problem.file} 不存在` : `无法读取：${problem.file}（${problem.reason}）`;
      case 'interrupted':
        return `未完成的修改：审计日志第 ${problem.line} 行记录的 ${problem.file} 因程序中断尚未写入（以可写方式打开工作区时会自动完成）`;
      case 'timestamp-invalid':
        return timestampMessages.verifyInvalid(problem.file, problem.reason);
    }
  },

  /** One step of a repair, as the person is asked to confirm it. */
  repairStep: (step: AuditRepairStep): string => {
    switch (step.kind) {
      case 'cut-tail':
        return `截去审计日志最后不完整或损坏的一行（${step.bytes} 字节，原文保存在修复记录中）`;
      case 'start-log':
        return '重新开始审计日志（原日志已缺失；之前的经过无法恢复，校验仍会指出这一点）';
      case 'finish':
        return `完成被中断的修改：写入 ${step.file}（审计日志第 ${step.line} 行）`;
      case 'accept-file':
        return `认可 ${step.file} 的现状（审计日志记录 ${short(step.logged)}，现在 ${short(step.found)}）`;
      case 're-anchor':
        return `把工作区索引中记下的审计链头（第 ${step.expected.lines} 行）更新为日志的现状`;
    }
  },
  repairs: (lines: readonly number[]) => `审计日志记录了 ${lines.length} 次经确认的修复（第 ${lines.join('、')} 行）。`,
  repairButton: '修复审计日志…',
  repairTitle: '修复审计日志',
  repairCancel: '取消',
  repairConfirm: '确认修复',
  cliAudit: '案件的审计日志',
  cliRepair: '查看并在确认后修复案件审计日志的问题（每项修复都记入审计日志）',
  cliRepairYes: '不再询问，直接修复',
  cliConfirmRepair: '确认进行以上修复？输入 y 确认：',
  cliRepairNeedsYes: '未修复：请在终端中确认，或加 --yes 参数。',
  repairHeading: (count: number) => `将进行 ${count} 项修复，每一项都会记入审计日志：`,
  repairRemainingHeading: (count: number) => `以下 ${count} 个问题无法通过修复消除，校验会继续指出：`,
} as const;
