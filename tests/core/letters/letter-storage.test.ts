import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readAudit, verifyAuditChain, type AuditEntry } from '../../../src/core/audit/audit-log';
import { LetterStore } from '../../../src/core/letters/letter-store';
import type { LetterRecord, SavedLetter, TimelineView } from '../../../src/shared/api/contract';
import type { CaseDetail } from '../../../src/shared/domain/case';
import type { LetterDocument } from '../../../src/shared/domain/letter-document';
import { letterKindLabels, letterStoreMessages } from '../../../src/shared/messages/letters';
import { useApiSession } from '../api/api-session';
import { createLetterCase, generateDocument, LETTER_TODAY } from './letter-case';
import { hasPoppler, pdfText } from './poppler';

const api = useApiSession({ today: () => LETTER_TODAY });

const EDIT = 'EDITED-PARAGRAPH-V2';

/** The document with a paragraph of the person's own at the end of its first section. */
function edited(document: LetterDocument, text: string): LetterDocument {
  const [first, ...rest] = document.sections;
  return { ...document, sections: [{ ...first!, blocks: [...first!.blocks, { type: 'paragraph', text }] }, ...rest] };
}

async function savedTwice() {
  const { id } = await createLetterCase(api);
  const { path } = await api.call<CaseDetail>('cases:get', { ref: id });
  const generated = await generateDocument(api, id, 'cs-email');
  const v1 = await api.call<SavedLetter>('letters:save', { caseId: id, generated, document: generated });
  const v2 = await api.call<SavedLetter>('letters:save', { caseId: id, letterId: v1.record.id, generated, document: edited(generated, EDIT) });
  return { id, path, generated, v1, v2 };
}

describe('saving letters', () => {
  it('keeps every version: PDF and source under letters/, recorded in letters.json with the PDF’s hash', async () => {
    const { id, path, generated, v1, v2 } = await savedTwice();
    expect(v1.version).toBe(1);
    expect(v2.version).toBe(2);
    expect(v2.record.id).toBe(v1.record.id);

    const list = await api.call<LetterRecord[]>('letters:list', { caseId: id });
    expect(list).toHaveLength(1);
    const [record] = list;
    expect(record).toMatchObject({ kind: 'cs-email', title: generated.title });
    expect(record!.versions.map((v) => v.pdf)).toEqual([1, 2].map((n) => `letters/${record!.id}-cs-email/v${n}.pdf`));
    for (const version of record!.versions) {
      const pdf = readFileSync(join(path, version.pdf));
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(version.pdfSha256);
      expect(JSON.parse(readFileSync(join(path, version.source), 'utf8'))).toMatchObject({ schemaVersion: 1, kind: 'cs-email', generated });
    }
    // Pretty, versioned index.
    const index = readFileSync(join(path, 'letters', 'letters.json'), 'utf8');
    expect(index).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);

    const latest = await api.call<SavedLetter>('letters:get', { caseId: id, letterId: record!.id });
    expect(latest.version).toBe(2);
    expect(JSON.stringify(latest.document)).toContain(EDIT);
    expect(latest.generated).toEqual(generated);
    const first = await api.call<SavedLetter>('letters:get', { caseId: id, letterId: record!.id, version: 1 });
    expect(first.document).toEqual(generated);
    if (hasPoppler) {
      // The PDF is drawn from the edited document, not the generated one.
      expect(pdfText(readFileSync(join(path, record!.versions[1]!.pdf)))).toContain(EDIT);
      expect(pdfText(readFileSync(join(path, record!.versions[0]!.pdf)))).not.toContain(EDIT);
    }
  });

  it('audits each save with the PDF’s hash', async () => {
    const { path, v2 } = await savedTwice();
    const lines = await readAudit(path);
    expect(verifyAuditChain(lines)).toBeUndefined();
    const saves = lines.map((line) => JSON.parse(line) as AuditEntry).filter((entry) => entry.action === 'letter.save');
    expect(saves.map((entry) => [entry.target, entry.sha256, entry.detail])).toEqual(
      v2.record.versions.map((v) => [v2.record.id, v.pdfSha256, { kind: 'cs-email', version: v.version }]),
    );
  });

  it('refuses a document of another kind, and answers not-found for unknown letters and versions', async () => {
    const { id, generated, v1 } = await savedTwice();
    const other = await generateDocument(api, id, 'blackcat');
    expect(await api.callRaw('letters:save', { caseId: id, generated, document: other })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: letterStoreMessages.kindMismatch },
    });
    expect(await api.callRaw('letters:save', { caseId: id, letterId: v1.record.id, generated: other, document: other })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const unknown = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
    expect(await api.callRaw('letters:get', { caseId: id, letterId: unknown })).toEqual({
      ok: false,
      error: { code: 'not-found', message: letterStoreMessages.letterNotFound(unknown) },
    });
    expect(await api.callRaw('letters:get', { caseId: id, letterId: v1.record.id, version: 3 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await expect(api.session.letters.pdfPath(id, v1.record.id, 3)).rejects.toMatchObject({ code: 'not-found' });
    expect(await api.session.letters.pdfPath(id, v1.record.id, 2)).toMatch(/letters[/\\][0-9A-Z]{26}-cs-email[/\\]v2\.pdf$/);
    expect(existsSync(await api.session.letters.pdfPath(id, v1.record.id, 1))).toBe(true);
  });

  it('reports a damaged letters.json instead of overwriting it', async () => {
    const { id, path, generated } = await savedTwice();
    const file = join(path, 'letters', 'letters.json');
    writeFileSync(file, '{ "schemaVersion": 1, "letters": [ { "id": "x" } ] }');
    expect(await api.callRaw('letters:list', { caseId: id })).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(await api.callRaw('letters:save', { caseId: id, generated, document: generated })).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(readFileSync(file, 'utf8')).toContain('"id": "x"');
  });
});

describe('versions saved before the disclaimer left the documents', () => {
  it('are read, and carry no disclaimer when opened or rendered again', async () => {
    const { id, path, v1 } = await savedTwice();
    const source = join(path, v1.record.versions[0]!.source);
    const old = JSON.parse(readFileSync(source, 'utf8')) as { generated: object; document: object };
    const note = '本文书由“维权卷宗”根据您录入的案件资料自动生成，仅为草稿。';
    writeFileSync(source, JSON.stringify({ ...old, generated: { ...old.generated, draftNote: note }, document: { ...old.document, draftNote: note } }));
    const opened = await api.call<SavedLetter>('letters:get', { caseId: id, letterId: v1.record.id, version: 1 });
    expect(opened.document).not.toHaveProperty('draftNote');
    expect(JSON.stringify(opened)).not.toContain('仅为草稿');
  });
});

describe('marking a letter sent', () => {
  it('adds the timeline entry on the kind’s channel and records it on the letter, audited', async () => {
    const { id, path, v2 } = await savedTwice();
    const { record, timeline } = await api.call<{ record: LetterRecord; timeline: TimelineView }>('letters:mark-sent', {
      caseId: id,
      letterId: v2.record.id,
      at: '2024-06-12 09:30',
    });
    const summary = letterStoreMessages.sentSummary(letterKindLabels['cs-email'], 2);
    const entry = timeline.events.find((event) => event.summary === summary);
    expect(entry).toMatchObject({ channel: 'email', direction: 'outgoing', at: '2024-06-12T09:30:00+08:00' });
    expect(record.sent).toEqual({ at: '2024-06-12T09:30:00+08:00', channel: 'email', eventId: entry!.id, version: 2 });
    expect((await api.call<LetterRecord[]>('letters:list', { caseId: id }))[0]!.sent).toEqual(record.sent);

    const lines = await readAudit(path);
    expect(verifyAuditChain(lines)).toBeUndefined();
    // Both lines belong to the one action (the timeline's own line is written once the whole action succeeded).
    const last = lines.slice(-2).map((line) => JSON.parse(line) as AuditEntry);
    expect(last.find((e) => e.action === 'timeline.add')?.target).toBe(entry!.id);
    expect(last.find((e) => e.action === 'letter.sent')).toMatchObject({ target: record.id, detail: { kind: 'cs-email', version: 2, channel: 'email', eventId: entry!.id } });
  });

  it('adds the reply deadline the sent version states to its timeline entry, so 期限 and the dashboard track it', async () => {
    const { id, v2 } = await savedTwice();
    // The person edited the deadline in the saved version: what counts is what the letter says.
    const document = JSON.parse(JSON.stringify(v2.document).replace(/请于3个工作日内（即2024年6月17日前）/, '请于5个工作日内（即2024年6月19日前）')) as LetterDocument;
    const v3 = await api.call<SavedLetter>('letters:save', { caseId: id, letterId: v2.record.id, generated: v2.generated, document });
    const { timeline } = await api.call<{ timeline: TimelineView }>('letters:mark-sent', { caseId: id, letterId: v3.record.id, at: '2024-06-12 09:30' });
    const entry = timeline.events.find((event) => event.summary === letterStoreMessages.sentSummary(letterKindLabels['cs-email'], 3));
    expect(entry).toMatchObject({ replyBy: '2024-06-19', deadline: { dueDate: '2024-06-19', overdueWorkingDays: 0 } });
    expect(timeline.nextDue?.dueDate).toBe('2024-06-19');
    const { cases } = await api.call<{ cases: { id: string; nextDueDate?: string }[] }>('cases:list', {});
    expect(cases.find((c) => c.id === id)?.nextDueDate).toBe('2024-06-19');
  });

  it('a letter that states no deadline (证据目录) adds none', async () => {
    const { id } = await createLetterCase(api);
    const list = await generateDocument(api, id, 'evidence-list');
    const saved = await api.call<SavedLetter>('letters:save', { caseId: id, generated: list, document: list });
    const { timeline } = await api.call<{ timeline: TimelineView }>('letters:mark-sent', { caseId: id, letterId: saved.record.id, at: '2024-06-12 10:00' });
    expect(timeline.events.find((event) => event.channel === 'court')).not.toHaveProperty('replyBy');
  });

  it('records the version the person sent, when it is not the latest', async () => {
    const { id, v2 } = await savedTwice();
    const { record, timeline } = await api.call<{ record: LetterRecord; timeline: TimelineView }>('letters:mark-sent', {
      caseId: id,
      letterId: v2.record.id,
      version: 1,
      at: '2024-06-12 09:30',
    });
    expect(record.sent?.version).toBe(1);
    expect(timeline.events.map((event) => event.summary)).toContain(letterStoreMessages.sentSummary(letterKindLabels['cs-email'], 1));
  });

  // pdfmake rewrote the table cells of the document it rendered, so a saved 证据目录's source could not be read back.
  it('a saved table (证据目录) reads back as it was saved', async () => {
    const { id } = await createLetterCase(api);
    const list = await generateDocument(api, id, 'evidence-list');
    const saved = await api.call<SavedLetter>('letters:save', { caseId: id, generated: list, document: list });
    expect((await api.call<SavedLetter>('letters:get', { caseId: id, letterId: saved.record.id })).document).toEqual(list);
  });

  it('uses the channel the person names', async () => {
    const { id } = await createLetterCase(api);
    const list = await generateDocument(api, id, 'evidence-list');
    const saved = await api.call<SavedLetter>('letters:save', { caseId: id, generated: list, document: list });
    const court = await api.call<{ record: LetterRecord }>('letters:mark-sent', { caseId: id, letterId: saved.record.id, at: '2024-06-12 10:00' });
    expect(court.record.sent?.channel).toBe('court');
    const other = await api.call<{ record: LetterRecord }>('letters:mark-sent', { caseId: id, letterId: saved.record.id, at: '2024-06-12 11:00', channel: 'other' });
    expect(other.record.sent?.channel).toBe('other');
  });

  it('records nothing when the timeline cannot be written', async () => {
    const { id, path, v2 } = await savedTwice();
    writeFileSync(join(path, 'timeline.json'), '{ not json');
    expect(await api.callRaw('letters:mark-sent', { caseId: id, letterId: v2.record.id, at: '2024-06-12 09:30' })).toMatchObject({ ok: false });
    expect((await api.call<LetterRecord[]>('letters:list', { caseId: id }))[0]!.sent).toBeUndefined();
  });

  it('takes the timeline entry back when the letter cannot be marked', async () => {
    const { id, v2 } = await savedTwice();
    const before = (await api.call<TimelineView>('timeline:get', { caseId: id })).events.length;
    const failing = vi.spyOn(LetterStore.prototype, 'markSent').mockRejectedValueOnce(new Error('disk full'));
    try {
      expect(await api.callRaw('letters:mark-sent', { caseId: id, letterId: v2.record.id, at: '2024-06-12 09:30' })).toMatchObject({ ok: false });
    } finally {
      failing.mockRestore();
    }
    expect((await api.call<TimelineView>('timeline:get', { caseId: id })).events).toHaveLength(before);
    expect((await api.call<LetterRecord[]>('letters:list', { caseId: id }))[0]!.sent).toBeUndefined();
  });

  it('answers not-found for an unknown letter without touching the timeline', async () => {
    const { id } = await createLetterCase(api);
    const before = (await api.call<TimelineView>('timeline:get', { caseId: id })).events.length;
    expect(await api.callRaw('letters:mark-sent', { caseId: id, letterId: '01HZZZZZZZZZZZZZZZZZZZZZZZ', at: '2024-06-12 09:30' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect((await api.call<TimelineView>('timeline:get', { caseId: id })).events).toHaveLength(before);
  });
});
