import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvidenceItem } from '../../shared/domain/evidence';
import type { AuditedRecord, VerifyProblem, VerifyReport } from '../../shared/domain/integrity';
import { hasLiveLock } from '../cases/case-lock';
import { CASE_FILE_NAME } from '../cases/case-store';
import { parseCaseFile } from '../cases/case-file';
import { EVIDENCE_FILE_NAME, parseEvidenceFile, type EvidenceFile } from '../evidence/evidence-file';
import { fileKind, hashRegularFile } from '../fs/hash-file';
import { readStampedText } from '../fs/read-stamped';
import { timestampStatus } from '../timestamps/case-timestamps';
import { LETTERS_DIR, LETTERS_FILE_NAME, parseLettersFile } from '../letters/letters-file';
import { parseTimelineFile, TIMELINE_FILE_NAME } from '../timeline/timeline-file';
import { headMismatch, parseEntries, readAuditLog, verifyAuditChain, type AuditEntry, type AuditHead, type FileHashes } from './audit-log';
import { inCase } from './audited-change';
import { copiesOf } from './audit-recovery';

// The global timer with a callback: timers/promises' setTimeout(delay), renamed by the bundler in a
// shared chunk, reads to Electronegativity like a timer given code to run.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const EVIDENCE_DIR = 'evidence';
const IMPORT_ACTIONS = new Set(['evidence.import', 'evidence.import-recovered']);
/** A writer in the middle of a change makes files and log disagree for milliseconds; verify waits that out this many times. */
const SETTLE_ATTEMPTS = 20;

type Parsed<T> = { state: 'absent' } | { state: 'ok'; value: T } | { state: 'unreadable'; reason: string };

async function readParsed<T>(path: string, parse: (text: string) => { ok: true; value: T } | { ok: false; reason: string }): Promise<Parsed<T>> {
  let read;
  try {
    read = await readStampedText(path);
  } catch (error) {
    return { state: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (!read) return { state: 'absent' };
  const parsed = parse(read.text);
  return parsed.ok ? { state: 'ok', value: parsed.value } : { state: 'unreadable', reason: parsed.reason };
}

/** The file a line written before lines named their files stands for: an OCR reading (`ocr.read`, its SHA-256). */
function legacyFiles(entry: AuditEntry): FileHashes {
  return entry.action === 'ocr.read' && entry.target && entry.sha256 ? { [`${EVIDENCE_DIR}/ocr/${entry.target}.json`]: entry.sha256 } : {};
}

/** What the log says, gathered once for all the checks. */
class LogFacts {
  /** Lines undone by an `audit.rollback`: they no longer account for anything. */
  private readonly voided: Set<number>;
  readonly entries: AuditEntry[];

  constructor(private readonly all: AuditEntry[]) {
    this.voided = new Set(
      all.filter((e) => e.action === 'audit.rollback').flatMap((e) => ((e.detail?.lines as number[] | undefined) ?? []).filter(Number.isInteger)),
    );
    this.entries = all.filter((e) => !this.voided.has(e.seq));
  }

  /** The first line of `actions` per target. */
  firstBy(actions: ReadonlySet<string>, key: (entry: AuditEntry) => string | undefined = (entry) => entry.target): Map<string, AuditEntry> {
    const found = new Map<string, AuditEntry>();
    for (const entry of this.entries) {
      const id = actions.has(entry.action) ? key(entry) : undefined;
      if (id !== undefined && !found.has(id)) found.set(id, entry);
    }
    return found;
  }

  /** For each file a line recorded, the latest recorded hash (rollback lines included: they say what a file holds again). */
  latestFiles(): Map<string, { hash: string | null; line: number }> {
    const latest = new Map<string, { hash: string | null; line: number }>();
    for (const entry of this.all) {
      if (this.voided.has(entry.seq)) continue;
      for (const [path, hash] of Object.entries(entry.files ?? legacyFiles(entry))) latest.set(path, { hash, line: entry.seq });
    }
    return latest;
  }
}

/** Every path under a folder of the case (`evidence`, `letters`), not following links, `/`-separated. */
async function walk(caseDir: string, relative: string): Promise<string[]> {
  const entries = await readdir(inCase(caseDir, relative), { withFileTypes: true }).catch(() => []);
  const paths: string[] = [];
  for (const entry of entries) {
    const path = `${relative}/${entry.name}`;
    if (entry.isDirectory()) paths.push(...(await walk(caseDir, path)));
    else paths.push(path);
  }
  return paths;
}

/** Files in a folder of the case that neither a record nor an audit line accounts for (`Thumbs.db`, a planted file). */
async function reportUnexpected(caseDir: string, folder: string, accounted: ReadonlySet<string>, problems: VerifyProblem[]): Promise<void> {
  for (const path of await walk(caseDir, folder)) if (!accounted.has(path)) problems.push({ kind: 'unexpected', file: path });
}

/** The checks of one pass over a case folder; `verifyCase` repeats a pass while a writer is busy. */
async function verifyOnce(caseDir: string, anchor: AuditHead | undefined): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  /** Files whose content a specific check has already judged, so the generic file check does not report them twice. */
  const judged = new Set<string>();

  // The log itself.
  const log = await readAuditLog(caseDir);
  const lines = log.state === 'present' ? log.lines : [];
  if (log.state === 'missing') problems.push({ kind: 'audit-broken', line: 0, reason: 'missing' });
  else if (lines.length === 0 && log.torn === undefined) problems.push({ kind: 'audit-broken', line: 0, reason: 'empty' });
  const broken = verifyAuditChain(lines);
  if (broken) problems.push({ kind: 'audit-broken', ...broken });
  if (log.state === 'present' && log.torn !== undefined) problems.push({ kind: 'audit-broken', line: lines.length + 1, reason: 'torn' });
  const moved = anchor && headMismatch(lines, anchor);
  if (anchor && moved) problems.push({ kind: 'audit-broken', line: anchor.lines, reason: moved });
  const all = parseEntries(lines);
  const facts = new LogFacts(all);

  // The case: the log begins with its creation.
  const caseFile = await readParsed(join(caseDir, CASE_FILE_NAME), (text) => {
    const parsed = parseCaseFile(text);
    return parsed.ok ? { ok: true, value: parsed.record } : parsed;
  });
  if (caseFile.state !== 'ok') problems.push({ kind: 'unreadable', file: CASE_FILE_NAME, reason: caseFile.state === 'absent' ? 'ENOENT' : caseFile.reason });
  const first = all[0];
  if (lines.length > 0 && (first?.seq !== 1 || first.action !== 'case.create' || (caseFile.state === 'ok' && first.target !== caseFile.value.id))) {
    problems.push({ kind: 'audit-broken', line: 1, reason: 'no-creation' });
  }

  const { checked, items } = await checkEvidence(caseDir, facts, problems, judged);
  await checkTimeline(caseDir, facts, problems);
  await checkLetters(caseDir, facts, problems, judged);
  await checkRecordedFiles(caseDir, facts.latestFiles(), problems, judged);
  // Trusted timestamps (`timestamps/`, each recorded by its `timestamp.add` line): checked offline.
  const timestamps = await timestampStatus(caseDir, items);
  for (const stamp of timestamps.filter((s) => !s.valid)) problems.push({ kind: 'timestamp-invalid', file: stamp.token, reason: stamp.problems.join('；') });
  const last = all.at(-1);
  const repairs = all.filter((entry) => entry.action === 'audit.repair').map((entry) => entry.seq);
  return {
    ok: problems.length === 0,
    checked,
    problems,
    ...(timestamps.length > 0 ? { timestamps } : {}),
    ...(last && log.state === 'present' && log.torn === undefined ? { auditHead: { lines: last.seq, sha256: last.hash } } : {}),
    ...(repairs.length > 0 ? { repairs } : {}),
  };
}

/** Evidence: each item has its import line with the same SHA-256 as the item and its file; each import line still has its item; nothing else lies in `evidence/`. */
async function checkEvidence(caseDir: string, facts: LogFacts, problems: VerifyProblem[], judged: Set<string>): Promise<{ checked: number; items: EvidenceItem[] }> {
  const file = await readParsed<EvidenceFile>(join(caseDir, EVIDENCE_FILE_NAME), (text) => {
    const parsed = parseEvidenceFile(text);
    return parsed.ok ? { ok: true, value: parsed.file } : parsed;
  });
  if (file.state === 'unreadable') problems.push({ kind: 'unreadable', file: EVIDENCE_FILE_NAME, reason: file.reason });
  const imports = facts.firstBy(IMPORT_ACTIONS);
  // With an unreadable evidence.json, the log still says which originals there must be and what they hold.
  const items =
    file.state === 'ok'
      ? file.value.items.map((item) => ({ id: item.id, storedName: item.storedName, sha256: item.sha256 }))
      : file.state === 'absent'
        ? []
        : [...imports.values()].flatMap((entry) => {
            const storedName = entry.detail?.storedName;
            return typeof storedName === 'string' && entry.target && entry.sha256 ? [{ id: entry.target, storedName, sha256: entry.sha256 }] : [];
          });
  for (const item of items) {
    const path = `${EVIDENCE_DIR}/${item.storedName}`;
    judged.add(path);
    const logged = imports.get(item.id);
    if (!logged) problems.push({ kind: 'unaudited', record: 'evidence', id: item.id });
    else if (logged.sha256 !== item.sha256) problems.push({ kind: 'audit-mismatch', file: path, line: logged.seq, logged: logged.sha256 ?? '', found: item.sha256, itemId: item.id });
    const kind = await fileKind(inCase(caseDir, path));
    if (kind === 'missing') problems.push({ kind: 'missing', itemId: item.id, storedName: item.storedName });
    else if (kind !== 'file') problems.push({ kind: 'not-regular', itemId: item.id, storedName: item.storedName, found: kind });
    else {
      const actual = await hashRegularFile(inCase(caseDir, path));
      if (actual !== item.sha256) problems.push({ kind: 'modified', itemId: item.id, storedName: item.storedName, expected: item.sha256, actual: actual ?? '' });
    }
  }
  if (file.state === 'ok') {
    const present = new Set(items.map((item) => item.id));
    for (const [id, entry] of imports) if (!present.has(id)) problems.push({ kind: 'vanished', record: 'evidence', id, line: entry.seq });
  }
  await reportUnexpected(caseDir, EVIDENCE_DIR, new Set([...items.map((item) => `${EVIDENCE_DIR}/${item.storedName}`), ...facts.latestFiles().keys()]), problems);
  return { checked: items.length, items: file.state === 'ok' ? file.value.items : [] };
}

/** Timeline: each entry was added by a line, and each added entry is still there (removal only marks it). */
async function checkTimeline(caseDir: string, facts: LogFacts, problems: VerifyProblem[]): Promise<void> {
  const file = await readParsed(join(caseDir, TIMELINE_FILE_NAME), (text) => {
    const parsed = parseTimelineFile(text);
    return parsed.ok ? { ok: true, value: parsed.file } : parsed;
  });
  if (file.state === 'unreadable') problems.push({ kind: 'unreadable', file: TIMELINE_FILE_NAME, reason: file.reason });
  if (file.state === 'unreadable') return;
  const events = file.state === 'ok' ? file.value.events : [];
  checkRecords('timeline', events.map((event) => ({ id: event.id })), facts.firstBy(new Set(['timeline.add'])), problems);
}

/** Letters: each saved version has its save line with the PDF's SHA-256, the PDF still hashes to it, each saved version is still listed, and `letters/` holds nothing else. */
async function checkLetters(caseDir: string, facts: LogFacts, problems: VerifyProblem[], judged: Set<string>): Promise<void> {
  const indexPath = `${LETTERS_DIR}/${LETTERS_FILE_NAME}`;
  const file = await readParsed(inCase(caseDir, indexPath), (text) => {
    const parsed = parseLettersFile(text);
    return parsed.ok ? { ok: true, value: parsed.file } : parsed;
  });
  if (file.state === 'unreadable') problems.push({ kind: 'unreadable', file: indexPath, reason: file.reason });
  if (file.state === 'unreadable') return;
  const versions = (file.state === 'ok' ? file.value.letters : []).flatMap((letter) => letter.versions.map((v) => ({ id: letter.id, ...v })));
  const listed = versions.flatMap((version) => [version.pdf, version.source]);
  await reportUnexpected(caseDir, LETTERS_DIR, new Set([indexPath, ...listed, ...facts.latestFiles().keys()]), problems);
  const saves = facts.firstBy(new Set(['letter.save']), (entry) => (entry.target ? `${entry.target}#${String(entry.detail?.version)}` : undefined));
  checkRecords('letter', versions, saves, problems, (v) => `${v.id}#${v.version}`);
  for (const version of versions) {
    judged.add(version.pdf);
    const logged = saves.get(`${version.id}#${version.version}`);
    const actual = (await hashRegularFile(inCase(caseDir, version.pdf))) ?? null;
    const line = logged?.seq ?? 0;
    if (logged && logged.sha256 !== version.pdfSha256) problems.push({ kind: 'audit-mismatch', file: version.pdf, line, logged: logged.sha256 ?? '', found: version.pdfSha256 });
    else if (actual !== version.pdfSha256) problems.push({ kind: 'audit-mismatch', file: version.pdf, line, logged: version.pdfSha256, found: actual });
  }
}

/** Records in a file against the lines that created them: none without its line, none of the lines without its record. */
function checkRecords<T extends { id: string; version?: number }>(
  record: AuditedRecord,
  records: readonly T[],
  lines: ReadonlyMap<string, AuditEntry>,
  problems: VerifyProblem[],
  key: (item: T) => string = (item) => item.id,
): void {
  const present = new Set(records.map(key));
  for (const item of records) {
    if (!lines.has(key(item))) problems.push({ kind: 'unaudited', record, id: item.id, ...(item.version === undefined ? {} : { version: item.version }) });
  }
  for (const [found, entry] of lines) {
    if (present.has(found)) continue;
    const version = entry.detail?.version;
    problems.push({ kind: 'vanished', record, id: entry.target ?? found, line: entry.seq, ...(typeof version === 'number' ? { version } : {}) });
  }
}

/**
 * Every file a line recorded holds what the latest such line says. A file that does not, while a
 * copy with the recorded content waits beside it, is a change a crash interrupted; otherwise it was
 * changed outside the app.
 */
async function checkRecordedFiles(
  caseDir: string,
  latest: ReadonlyMap<string, { hash: string | null; line: number }>,
  problems: VerifyProblem[],
  judged: ReadonlySet<string>,
): Promise<void> {
  for (const [path, { hash, line }] of latest) {
    if (judged.has(path)) continue;
    const found = (await hashRegularFile(inCase(caseDir, path))) ?? null;
    if (found === hash) continue;
    const copies = hash === null ? [] : await copiesOf(caseDir, path);
    const waiting = (await Promise.all(copies.map((copy) => hashRegularFile(copy)))).includes(hash ?? undefined);
    problems.push(waiting ? { kind: 'interrupted', file: path, line } : { kind: 'audit-mismatch', file: path, line, logged: hash ?? '', found });
  }
}

/**
 * Checks everything a court or the other side could question about a case folder, without changing
 * anything (no lock, no repair — repairs are a separate step the person confirms):
 *
 * - the audit log: present, not empty, every line intact and chained, beginning with this case's
 *   creation, and agreeing with the chain head kept outside the folder (`anchor`, from the index);
 * - every evidence item against its import line and its file (same SHA-256 all three), originals that
 *   are regular files, nothing unaccounted for in `evidence/`;
 * - every timeline entry and letter version against the line that created it, and back;
 * - every file a line recorded (`case.json`, `evidence.json`, `timeline.json`, letters …) against the
 *   hash recorded, so an edit outside the app shows up even when it is self-consistent.
 *
 * Another process may be writing the case at the same moment; while one holds the case lock and the
 * check finds problems, it is repeated after a short wait (not when the caller holds the lock itself).
 */
export async function verifyCase(caseDir: string, anchor?: AuditHead, { holdingLock = false } = {}): Promise<VerifyReport> {
  for (let attempt = 1; ; attempt++) {
    const report = await verifyOnce(caseDir, anchor);
    if (report.ok || holdingLock || attempt >= SETTLE_ATTEMPTS || !(await hasLiveLock(caseDir))) return report;
    await sleep(50 * attempt);
  }
}
