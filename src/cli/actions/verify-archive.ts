import type { ArchiveProblem, ArchiveVerifyReport } from '../../shared/domain/archive';
import { archiveCliMessages as m } from '../../shared/messages/archives';
import { verifyArchive } from '../../core/archive/verify-archive';
import { ExitCode } from '../exit-codes';
import { escapeControls } from '../../shared/text/escape-controls';
import { printJson, printText } from '../print';

const problemLine = (problem: ArchiveProblem): string => {
  switch (problem.kind) {
    case 'missing':
      return m.problem.missing(problem.name);
    case 'extra':
      return m.problem.extra(problem.name);
    case 'modified':
      return m.problem.modified(problem.name, problem.expected, problem.actual);
    case 'sums-disagree':
      return m.problem.sumsDisagree(problem.name, problem.manifest, problem.sums);
    case 'manifest':
      return problem.reason === 'missing' ? m.problem.manifestMissing(problem.name) : m.problem.manifestInvalid(problem.name);
    case 'audit':
      return problem.reason === 'chain' ? m.problem.auditChain(problem.name) : m.problem.auditHead(problem.name);
    case 'unreadable':
      return problem.message;
  }
};

/** `verify <archive.zip>` as text: one line when intact, else one line per problem under a heading. */
export function formatArchiveReport(report: ArchiveVerifyReport): string {
  if (report.ok) return m.archiveIntact(report.checked, m.manifestsOf[report.format ?? 'casebook-dossier']);
  // Entry names come from the archive, whoever made it: each problem stays on its line.
  return [m.archiveBroken(report.problems.length, report.checked), ...report.problems.map((problem) => `  ${escapeControls(problemLine(problem))}`)].join('\n');
}

/** `verify <archive.zip> [--json]`: no workspace needed; exit 0 when intact, 1 on any problem. */
export async function verifyArchiveFile(path: string, options: { json?: boolean }): Promise<void> {
  const report = await verifyArchive(path);
  if (options.json) printJson(report);
  else printText(formatArchiveReport(report));
  if (!report.ok) process.exitCode = ExitCode.failure;
}
