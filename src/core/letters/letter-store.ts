import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import type { LetterRecord, LetterVersion, SavedLetter } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import type { LetterDocument } from '../../shared/domain/letter-document';
import { letterStoreMessages as m } from '../../shared/messages/letters';
import { nowChinaIso } from '../../shared/validation/date-time';
import { appendAudit } from '../audit/audit-log';
import { writeFileAtomic } from '../fs/atomic-write';
import {
  emptyLettersFile,
  LETTER_SOURCE_VERSION,
  letterFolder,
  LETTERS_DIR,
  LETTERS_FILE_NAME,
  letterSourceSchema,
  parseLettersFile,
  serializeJson,
  versionFile,
  type LetterSource,
  type LettersFile,
} from './letters-file';

const newId = monotonicFactory();

/**
 * The letters of one case folder. A save writes the version's PDF and source first and `letters.json`
 * last: that write is the commit point, so a crash before it leaves only unrecorded files, which the
 * next save of that number replaces. Recorded versions are never written again. Callers hold the
 * case lock for writes.
 */
export class LetterStore {
  constructor(readonly caseDir: string) {}

  private get indexPath() {
    return join(this.caseDir, LETTERS_DIR, LETTERS_FILE_NAME);
  }

  async read(): Promise<LettersFile> {
    let text: string;
    try {
      text = await readFile(this.indexPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLettersFile();
      throw error;
    }
    const parsed = parseLettersFile(text);
    if (!parsed.ok) throw new ApiFailure('damaged', parsed.reason);
    return parsed.file;
  }

  private write(file: LettersFile): Promise<void> {
    return writeFileAtomic(this.indexPath, serializeJson(file));
  }

  async record(letterId: string): Promise<LetterRecord> {
    return requireLetter(await this.read(), letterId);
  }

  /** A recorded version (the latest when `version` is left out); missing → `not-found`. */
  async version(letterId: string, version?: number): Promise<{ record: LetterRecord; version: LetterVersion }> {
    const record = await this.record(letterId);
    const found = version === undefined ? record.versions.at(-1) : record.versions.find((v) => v.version === version);
    if (!found) throw new ApiFailure('not-found', m.versionNotFound(record.title, version ?? 0));
    return { record, version: found };
  }

  /** Absolute path of a file of the case folder, from a path `letters.json` recorded (validated on read). */
  absolute(relative: string): string {
    return join(this.caseDir, ...relative.split('/'));
  }

  async get(letterId: string, version?: number): Promise<SavedLetter> {
    const found = await this.version(letterId, version);
    const source = await this.readSource(found.version.source);
    return { record: found.record, version: found.version.version, generated: source.generated, document: source.document };
  }

  private async readSource(relative: string): Promise<LetterSource> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.absolute(relative), 'utf8'));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw new ApiFailure('damaged', m.sourceInvalid(relative));
    }
    const parsed = letterSourceSchema.safeParse(raw);
    if (!parsed.success) throw new ApiFailure('damaged', m.sourceInvalid(relative));
    return parsed.data;
  }

  /** Saves `document` as the next version of `letterId` (or as version 1 of a new letter). */
  async save(generated: LetterDocument, document: LetterDocument, letterId?: string): Promise<SavedLetter> {
    if (generated.kind !== document.kind) throw new ApiFailure('invalid', m.kindMismatch);
    const file = await this.read();
    const existing = letterId === undefined ? undefined : requireLetter(file, letterId);
    if (existing && existing.kind !== document.kind) throw new ApiFailure('invalid', m.letterKindMismatch(existing.title));
    const savedAt = nowChinaIso();
    const id = existing?.id ?? newId();
    const number = (existing?.versions.length ?? 0) + 1;
    // The PDF stack (pdfmake and its fonts) is loaded on the first save, never when a workspace opens.
    const { renderLetterPdf } = await import('./render-pdf');
    const pdf = await renderLetterPdf(document);
    const version: LetterVersion = {
      version: number,
      savedAt,
      pdf: versionFile(id, document.kind, number, 'pdf'),
      source: versionFile(id, document.kind, number, 'json'),
      pdfSha256: createHash('sha256').update(pdf).digest('hex'),
    };
    const source: LetterSource = { schemaVersion: LETTER_SOURCE_VERSION, kind: document.kind, generated, document, savedAt };
    await mkdir(this.absolute(letterFolder(id, document.kind)), { recursive: true });
    await writeFileAtomic(this.absolute(version.pdf), pdf);
    await writeFileAtomic(this.absolute(version.source), serializeJson(source));
    const record: LetterRecord = existing
      ? { ...existing, title: document.title, versions: [...existing.versions, version] }
      : { id, kind: document.kind, title: document.title, createdAt: savedAt, versions: [version] };
    await this.write({ ...file, letters: existing ? file.letters.map((l) => (l.id === id ? record : l)) : [...file.letters, record] });
    await appendAudit(this.caseDir, { action: 'letter.save', target: id, sha256: version.pdfSha256, detail: { kind: document.kind, version: number } });
    return { record, version: number, generated, document };
  }

  /** Remembers that the letter was sent, with the timeline entry that says so. */
  async markSent(letterId: string, sent: NonNullable<LetterRecord['sent']>): Promise<LetterRecord> {
    const file = await this.read();
    const record: LetterRecord = { ...requireLetter(file, letterId), sent };
    await this.write({ ...file, letters: file.letters.map((l) => (l.id === letterId ? record : l)) });
    await appendAudit(this.caseDir, { action: 'letter.sent', target: letterId, detail: { kind: record.kind, version: sent.version, channel: sent.channel, eventId: sent.eventId } });
    return record;
  }
}

function requireLetter(file: LettersFile, letterId: string): LetterRecord {
  const record = file.letters.find((letter) => letter.id === letterId);
  if (!record) throw new ApiFailure('not-found', m.letterNotFound(letterId));
  return record;
}
