import { z } from 'zod';
import type { CaseRecord } from '../../shared/domain/case';
import { errorMessages } from '../../shared/messages/errors';
import { CASE_FILE_VERSION, caseRecordSchema } from './case-file-schema';
import { caseFileV1ToV2 } from './case-file-v1';
import { caseFileV2ToV3 } from './case-file-v2';
import { caseFileV3ToV4 } from './case-file-v3';

export { CASE_FILE_VERSION, caseRecordSchema } from './case-file-schema';

/** The outcome of reading a `case.json`: the record in the current shape, or why it cannot be used. */
export type CaseFileParse =
  | { ok: true; record: CaseRecord; fromVersion: number }
  | { ok: false; reason: string };

/** Migrations by the version they read: each turns a file of version n into the shape of version n + 1. */
const MIGRATIONS: Record<number, z.ZodType> = { 1: caseFileV1ToV2, 2: caseFileV2ToV3, 3: caseFileV3ToV4 };

/** Validation messages for stored files are in Chinese too: they end up as a damaged folder's reason. */
const zhError = z.locales.zhCN().localeError;

const damaged = (reason: string): CaseFileParse => ({ ok: false, reason });

const firstIssueReason = (error: z.ZodError): string => {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || '(根)';
  return errorMessages.caseFileInvalidField(field, issue?.message ?? '');
};

/** V8 reports "… (line 3 column 5)"; older engines only a position, from which we count lines. */
const jsonErrorLine = (text: string, error: unknown): number | undefined => {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  return text.trim() === '' ? 1 : undefined;
};

const versionOf = (raw: Record<string, unknown>): unknown => raw.schemaVersion ?? raw.version;

/**
 * Parses and validates the text of a `case.json`, migrating older versions in memory (the file itself
 * is only rewritten, in the current version, by the next real edit). Never throws: a file that cannot
 * be used yields a Chinese reason, shown next to the damaged folder.
 *
 * @example parseCaseFile(await readFile(path, 'utf8')) // { ok: true, record, fromVersion: 1 }
 */
export function parseCaseFile(text: string): CaseFileParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return damaged(errorMessages.caseFileInvalidJson(jsonErrorLine(text, error)));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return damaged(errorMessages.caseFileNotObject);

  const version = versionOf(raw as Record<string, unknown>);
  if (version === undefined) return damaged(errorMessages.caseFileNoVersion);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return damaged(errorMessages.caseFileUnknownVersion(JSON.stringify(version)));
  }
  if (version > CASE_FILE_VERSION) return damaged(errorMessages.caseFileFutureVersion(version, CASE_FILE_VERSION));

  let current: unknown = raw;
  for (let v = version; v < CASE_FILE_VERSION; v++) {
    const migration = MIGRATIONS[v];
    if (!migration) return damaged(errorMessages.caseFileUnknownVersion(String(v)));
    const migrated = migration.safeParse(current, { error: zhError });
    if (!migrated.success) return damaged(firstIssueReason(migrated.error));
    current = migrated.data;
  }
  const checked = caseRecordSchema.safeParse(current, { error: zhError });
  if (!checked.success) return damaged(firstIssueReason(checked.error));
  return { ok: true, record: checked.data, fromVersion: version };
}

/**
 * The text written to `case.json`: validated against the current schema (an invalid record is never
 * written), keys in schema order, two-space indentation, trailing newline.
 */
export function serializeCaseFile(record: CaseRecord): string {
  const valid = caseRecordSchema.parse({ ...record, schemaVersion: CASE_FILE_VERSION });
  return `${JSON.stringify(valid, null, 2)}\n`;
}
