import type { CaseListing } from '../shared/api/contract';
import type { CaseDetail, DamagedCase } from '../shared/domain/case';
import { factsToIntake } from '../shared/domain/intake';
import {
  caseRecordLabels,
  caseTableHeadings,
  cliMessages,
  demandTypeLabels,
  fieldLabels,
  lifecycleLabels,
  problemTypeLabels,
  statusLabels,
} from '../shared/messages';
import { escapeControls } from '../shared/text/escape-controls';
import { formatFen } from '../shared/validation/money';
import { formatTable } from './text-table';

// Every printer prints through `print.ts`; re-exported for actions that import their formatting from here.
export { printError, printJson, printText } from './print';


export function formatDamaged(damaged: readonly DamagedCase[]): string {
  if (damaged.length === 0) return '';
  return [cliMessages.damagedHeading, ...damaged.map((d) => cliMessages.damagedLine(escapeControls(d.folder), escapeControls(d.reason)))].join('\n');
}

/** The `case list` table: folder, status, platform, amount in 元, title; damaged folders after it. */
export function formatCaseListing(listing: CaseListing): string {
  const table =
    listing.cases.length === 0
      ? cliMessages.noCases
      : formatTable([
          [caseTableHeadings.folder, caseTableHeadings.status, caseTableHeadings.platform, caseTableHeadings.amount, caseTableHeadings.title],
          ...listing.cases.map((c) => [c.folder, statusLabels[c.status], c.platformName, formatFen(c.amountPaidFen), c.title]),
        ]);
  return [table, formatDamaged(listing.damaged)].filter(Boolean).join('\n\n');
}

/** Intake fields whose stored value is a code that people read by its label. */
const codeLabels: Record<string, Record<string, string>> = {
  'problem.type': problemTypeLabels,
  'demand.type': demandTypeLabels,
};

/**
 * The `case show` view: every field of the case with its Chinese label, in the order of the intake
 * form (the labels are keyed by intake path, so the facts are shown through {@link factsToIntake}).
 */
export function formatCaseDetail(detail: CaseDetail): string {
  const { record } = detail;
  const intake = flatten(factsToIntake(record));
  const facts = Object.keys(fieldLabels)
    .filter((field) => field !== 'status')
    .map((field) => {
      const value = intake.get(field);
      const shown = value === undefined || value === '' ? cliMessages.notGiven : (codeLabels[field]?.[value] ?? value);
      return [fieldLabels[field] ?? field, shown];
    });
  return formatTable([
    [caseRecordLabels.id, record.id],
    [caseRecordLabels.folder, detail.folder],
    [caseRecordLabels.path, detail.path],
    [fieldLabels.status ?? 'status', statusLabels[record.status]],
    [caseRecordLabels.lifecycle, lifecycleLabels[record.lifecycle]],
    [caseRecordLabels.createdAt, record.createdAt],
    [caseRecordLabels.updatedAt, record.updatedAt],
    ...facts,
  ]);
}

/** `{ order: { number: 'A' } }` → `Map { 'order.number' => 'A' }` */
function flatten(value: object, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === 'object') flatten(inner, path, into);
    else if (inner !== undefined) into.set(path, String(inner));
  }
  return into;
}
