import type { EvidenceListing, ImportReport } from '../shared/api/contract';
import type { EvidenceView, VerifyProblem, VerifyReport } from '../shared/domain/evidence';
import type { TimestampStatus } from '../shared/domain/timestamp';
import { captureSourceLabels, cliMessages, evidenceCategoryLabels, evidenceMessages, evidenceTableHeadings as h, timestampMessages } from '../shared/messages';
import { escapeControls } from '../shared/text/escape-controls';
import { formatTable } from './text-table';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** @example formatSize(1536) // '1.5 KB' */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

const exhibitLabel = (item: EvidenceView) =>
  item.exhibitNumber !== undefined ? evidenceMessages.exhibit(item.exhibitNumber) : cliMessages.evidenceRemoved;

/** The stable `evidence add --json` document: what scripts can rely on, nothing more. */
export function importReportJson(report: ImportReport) {
  return {
    imported: report.imported.map((item) => ({
      id: item.id,
      exhibitNumber: item.exhibitNumber,
      sha256: item.sha256,
      size: item.size,
      storedPath: item.storedPath,
      originalName: item.originalName,
      category: item.category,
      title: item.title,
    })),
    warnings: report.warnings,
    rejected: report.rejected,
  };
}

/** `evidence add`: one row per new item — exhibit number, id, full SHA-256, size, case-relative path. */
export function formatImported(items: readonly EvidenceView[]): string {
  if (items.length === 0) return cliMessages.importedNone;
  return formatTable([
    [h.exhibit, h.id, h.sha256, h.size, h.storedPath],
    ...items.map((item) => [exhibitLabel(item), item.id, item.sha256, formatSize(item.size), item.storedPath]),
  ]);
}

/** `evidence list`: exhibit order, the evidence trash last (marked 已移除). */
export function formatEvidenceListing(listing: EvidenceListing): string {
  if (listing.items.length === 0) return cliMessages.noEvidence;
  return formatTable([
    [h.exhibit, h.category, h.title, h.size, h.sha256, h.capturedAt],
    ...listing.items.map((item) => [
      exhibitLabel(item),
      evidenceCategoryLabels[item.category],
      item.title,
      formatSize(item.size),
      item.sha256.slice(0, 12),
      `${item.capturedAt}（${captureSourceLabels[item.capturedAtSource]}）`,
    ]),
  ]);
}

const problemLine = (problem: VerifyProblem): string => {
  switch (problem.kind) {
    // Names come from the disk and the evidence index, which anyone may have edited: one line each.
    case 'missing':
      return cliMessages.verifyMissing(escapeControls(problem.storedName), problem.itemId);
    case 'modified':
      return cliMessages.verifyModified(escapeControls(problem.storedName), problem.expected, problem.actual);
    case 'unexpected':
      return cliMessages.verifyUnexpected(escapeControls(problem.file));
    case 'audit-broken':
      return cliMessages.verifyAuditBroken(problem.line, escapeControls(problem.reason));
    case 'timestamp-invalid':
      return timestampMessages.verifyInvalid(problem.file, escapeControls(problem.reason));
  }
};

/** One line per trusted timestamp: when, by whom, what it covers, and whether it holds. */
export function formatTimestamps(stamps: readonly TimestampStatus[]): string {
  if (stamps.length === 0) return '';
  const line = (stamp: TimestampStatus) =>
    `  ${stamp.valid ? timestampMessages.valid : timestampMessages.invalid}  ${timestampMessages.statusLine(stamp.genTime ?? '?', escapeControls(stamp.tsa ?? '?'), stamp.items, stamp.uncovered)}`;
  return [timestampMessages.verifyHeading, ...stamps.map(line)].join('\n');
}

/** `verify`: one reassuring line, or one line per problem under a heading; then the trusted timestamps. */
export function formatVerifyReport(report: VerifyReport): string {
  const outcome = report.ok
    ? cliMessages.verifyIntact(report.checked)
    : [cliMessages.verifyBroken(report.problems.length, report.checked), ...report.problems.map((p) => `  ${problemLine(p)}`)].join('\n');
  return [outcome, formatTimestamps(report.timestamps ?? [])].filter(Boolean).join('\n');
}
