import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAudit, readAudit, verifyAuditChain, type AuditAction } from '../../src/core/audit/audit-log';
import { CASE_FILE_VERSION, parseCaseFile, serializeCaseFile } from '../../src/core/cases/case-file';
import { EVIDENCE_FILE_VERSION, parseEvidenceFile, serializeEvidenceFile, type EvidenceFile } from '../../src/core/evidence/evidence-file';
import { LETTERS_FILE_VERSION, parseLettersFile, serializeJson, versionFile, type LettersFile } from '../../src/core/letters/letters-file';
import { parseManifest, serializeManifest } from '../../src/core/timestamps/evidence-manifest';
import { TIMELINE_FILE_VERSION, parseTimelineFile, serializeTimelineFile, type TimelineFile } from '../../src/core/timeline/timeline-file';
import { readUserSettings, updateUserSettings } from '../../src/core/workspace/user-settings';
import { NEXT_STEPS } from '../../src/shared/domain/advice';
import { CASE_LIFECYCLES, CASE_STATUSES, DEMAND_TYPES, PROBLEM_TYPES, type CaseRecord } from '../../src/shared/domain/case';
import { EVIDENCE_CATEGORIES, EVIDENCE_ELEMENTS, RECORDING_CONSENTS, type EvidenceView } from '../../src/shared/domain/evidence';
import { LETTER_KINDS } from '../../src/shared/domain/letters';
import { TIMELINE_CHANNELS, TIMELINE_DIRECTIONS } from '../../src/shared/domain/timeline';
import { toChinaIso } from '../../src/shared/validation/date-time';
import { tempDir } from '../core/temp-dir';
import { fuzzRuns, reportFuzz } from './fuzz-size';

/** Any text a person or a file may hold, controls and lone surrogates included: JSON must carry it intact. */
const text = fc.string({ unit: 'binary', maxLength: 40 });
const nonEmpty = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const ulid = fc.ulid();
const chinaIso = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map(toChinaIso);
const fen = fc.nat({ max: 10_000_000_000 });
const sha256 = fc.stringMatching(/^[0-9a-f]{64}$/);
/** Where the file's bytes would go: UTF-8 on disk, then read back. */
const throughDisk = (serialized: string) => Buffer.from(serialized, 'utf8').toString('utf8');

const caseRecord: fc.Arbitrary<CaseRecord> = fc.record(
  {
    schemaVersion: fc.constant(CASE_FILE_VERSION),
    id: ulid,
    createdAt: chinaIso,
    updatedAt: chinaIso,
    status: fc.constantFrom(...CASE_STATUSES),
    lifecycle: fc.constantFrom(...CASE_LIFECYCLES),
    title: nonEmpty,
    platform: fc.record({ name: nonEmpty, url: text, company: text, creditCode: text, address: text }, { requiredKeys: ['name'] }),
    complainant: fc.record({ name: nonEmpty, phone: text, account: text, idNumber: text, address: text }, { requiredKeys: ['name'] }),
    order: fc.record(
      { number: nonEmpty, purchasedAt: chinaIso, product: text, amountPaidFen: fen, paymentMethod: text, paymentRef: text },
      { requiredKeys: ['number', 'purchasedAt', 'amountPaidFen'] },
    ),
    problem: fc.record({ type: fc.constantFrom(...PROBLEM_TYPES), description: text }, { requiredKeys: ['type'] }),
    demand: fc.record({ type: fc.constantFrom(...DEMAND_TYPES), amountFen: fen, deadlineDays: fc.integer({ min: 1, max: 90 }) }, { requiredKeys: [] }),
    claims: fc.record(
      { fraud: fc.boolean(), platformPromise: fc.record({ text: nonEmpty, multiplier: fc.double({ min: 0.01, max: 100, noNaN: true }) }) },
      { requiredKeys: ['fraud'] },
    ),
  },
  { requiredKeys: ['schemaVersion', 'id', 'createdAt', 'updatedAt', 'status', 'lifecycle', 'title', 'platform', 'complainant', 'order', 'problem', 'demand'] },
);

const evidenceItem = fc.record(
  {
    id: ulid,
    storedName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((n) => !/[/\\]/.test(n) && n !== '.' && n !== '..'),
    originalName: text,
    size: fc.nat(),
    mediaType: nonEmpty,
    sha256,
    importedAt: chinaIso,
    capturedAt: chinaIso,
    capturedAtSource: fc.constantFrom('exif' as const, 'file-mtime' as const, 'user' as const),
    category: fc.constantFrom(...EVIDENCE_CATEGORIES),
    title: text,
    purpose: text,
    source: text,
    elements: fc.subarray([...EVIDENCE_ELEMENTS]),
    screenshot: fc.record({ orderNumberVisible: fc.boolean(), timestampVisible: fc.boolean(), userIdVisible: fc.boolean() }, { requiredKeys: [] }),
    recording: fc.record({ consent: fc.constantFrom(...RECORDING_CONSENTS) }),
    removedAt: chinaIso,
  },
  { requiredKeys: ['id', 'storedName', 'originalName', 'size', 'mediaType', 'sha256', 'importedAt', 'capturedAt', 'capturedAtSource', 'category', 'title', 'elements'] },
);
const evidenceFile: fc.Arbitrary<EvidenceFile> = fc
  .uniqueArray(evidenceItem, { selector: (item) => item.id, maxLength: 8 })
  .chain((items) =>
    fc.shuffledSubarray(items.map((item) => item.id), { minLength: items.length, maxLength: items.length }).map((order) => ({ schemaVersion: EVIDENCE_FILE_VERSION, order, items })),
  );

const timelineEvent = fc.record(
  {
    id: ulid,
    at: chinaIso,
    channel: fc.constantFrom(...TIMELINE_CHANNELS),
    direction: fc.constantFrom(...TIMELINE_DIRECTIONS),
    agentId: text,
    ticketNumber: text,
    summary: text,
    quote: text,
    offerAmountFen: fen,
    promisedWorkingDays: fc.integer({ min: 1, max: 60 }),
    promiseSource: text,
    evidence: fc.array(ulid, { maxLength: 3 }),
    status: fc.constantFrom(...CASE_STATUSES),
    createdAt: chinaIso,
    updatedAt: chinaIso,
    removedAt: chinaIso,
  },
  { requiredKeys: ['id', 'at', 'channel', 'direction', 'summary', 'evidence', 'createdAt', 'updatedAt'] },
);
const timelineFile: fc.Arbitrary<TimelineFile> = fc.record(
  {
    schemaVersion: fc.constant(TIMELINE_FILE_VERSION),
    events: fc.uniqueArray(timelineEvent, { selector: (event) => event.id, maxLength: 8 }),
    advisor: fc.record({ dismissed: fc.array(text, { maxLength: 3 }), chosenStep: fc.constantFrom(...NEXT_STEPS) }, { requiredKeys: ['dismissed'] }),
  },
  { requiredKeys: ['schemaVersion', 'events'] },
);

const letterRecord = fc
  .record({
    id: ulid,
    kind: fc.constantFrom(...LETTER_KINDS),
    title: text,
    createdAt: chinaIso,
    saved: fc.array(fc.record({ savedAt: chinaIso, pdfSha256: sha256 }), { minLength: 1, maxLength: 4 }),
    sent: fc.option(fc.record({ at: chinaIso, channel: fc.constantFrom(...TIMELINE_CHANNELS), eventId: ulid, version: fc.integer({ min: 1, max: 4 }) }), { nil: undefined }),
  })
  .map(({ saved, sent, ...record }) => ({
    ...record,
    versions: saved.map((v, i) => ({
      version: i + 1,
      savedAt: v.savedAt,
      pdf: versionFile(record.id, record.kind, i + 1, 'pdf'),
      source: versionFile(record.id, record.kind, i + 1, 'json'),
      pdfSha256: v.pdfSha256,
    })),
    ...(sent ? { sent } : {}),
  }));
const lettersFile: fc.Arbitrary<LettersFile> = fc
  .uniqueArray(letterRecord, { selector: (letter) => letter.id, maxLength: 5 })
  .map((letters) => ({ schemaVersion: LETTERS_FILE_VERSION, letters }));

const timeOrder = (events: TimelineFile['events']) => [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));

describe('every on-disk format round-trips (fuzz)', () => {
  it('case.json, evidence.json, timeline.json, letters.json and the evidence manifest read back what was written', () => {
    const runs = fuzzRuns(5_000);
    fc.assert(
      fc.property(caseRecord, (record) => {
        const text1 = serializeCaseFile(record);
        const read = parseCaseFile(throughDisk(text1));
        expect(read).toEqual({ ok: true, record, fromVersion: CASE_FILE_VERSION });
        expect(serializeCaseFile(read.ok ? read.record : record)).toBe(text1);
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(evidenceFile, (file) => {
        expect(parseEvidenceFile(throughDisk(serializeEvidenceFile(file)))).toEqual({ ok: true, file });
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(timelineFile, (file) => {
        const read = parseTimelineFile(throughDisk(serializeTimelineFile(file)));
        expect(read).toEqual({ ok: true, file: { ...file, events: timeOrder(file.events) } });
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(lettersFile, (file) => {
        expect(parseLettersFile(throughDisk(serializeJson(file)))).toEqual({ ok: true, file });
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(ulid, evidenceFile, chinaIso, fc.webUrl(), (caseId, file, createdAt, tsaUrl) => {
        const items = file.items.map((item) => ({ ...item, storedPath: `evidence/${item.storedName}` })) as EvidenceView[];
        const written = serializeManifest(caseId, items, createdAt, tsaUrl);
        const read = parseManifest(throughDisk(written));
        expect(read.ok && read.manifest.items.map((i) => i.sha256)).toEqual(items.map((i) => i.sha256));
        expect(read.ok && serializeManifest(caseId, items, read.manifest.createdAt, read.manifest.tsaUrl)).toBe(written);
      }),
      { numRuns: runs },
    );
    reportFuzz('files written and read back (case.json, evidence.json, timeline.json, letters.json, evidence manifest)', runs * 5, 0);
  });

  it('audit lines chain and read back; settings keep every key', async () => {
    const runs = fuzzRuns(300);
    const actions: AuditAction[] = ['case.create', 'evidence.import', 'evidence.edit', 'timeline.add', 'letter.save', 'timestamp.add'];
    const event = fc.record(
      { action: fc.constantFrom(...actions), target: text, sha256, detail: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })) },
      { requiredKeys: ['action'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 6 }), async (events) => {
        const dir = tempDir('casebook-audit-fuzz-');
        for (const one of events) await appendAudit(dir, one);
        const lines = await readAudit(dir);
        expect(verifyAuditChain(lines)).toBeUndefined();
        const read = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(read.map(({ action, target, sha256: hash, detail }) => ({ action, target, sha256: hash, detail }))).toEqual(
          events.map((one) => ({ action: one.action, target: one.target, sha256: one.sha256, detail: one.detail === undefined ? undefined : JSON.parse(JSON.stringify(one.detail)) })),
        );
      }),
      { numRuns: runs },
    );
    const settings = fc.record(
      { workspaceDir: nonEmpty, tsaUrl: fc.webUrl(), extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !['workspaceDir', 'tsaUrl', '__proto__'].includes(k)), fc.jsonValue({ maxDepth: 2 })) },
      { requiredKeys: ['extra'] },
    );
    await fc.assert(
      fc.asyncProperty(settings, async ({ extra, ...known }) => {
        const environment = { env: { CASEBOOK_CONFIG_DIR: tempDir('casebook-settings-fuzz-') } };
        const written = JSON.parse(JSON.stringify({ ...extra, ...known })) as Record<string, unknown>;
        await updateUserSettings(written, environment);
        expect(readUserSettings(environment)).toEqual(written);
      }),
      { numRuns: runs },
    );
    reportFuzz('audit logs appended and verified, settings files written and read back', runs * 2, 0);
  });
});
