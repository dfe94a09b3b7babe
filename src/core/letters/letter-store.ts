import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import type { LetterRecord, LetterVersion, SavedLetter } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import type { LetterDocument } from '../../shared/domain/letter-document';
import { letterStoreMessages as m } from '../../shared/messages/letters';
import { nowChinaIso } from '../../shared/validation/date-time';
import { sha256Hex } from '../audit/audit-log';
import type { AuditedChange } from '../audit/audited-change';
import {
  emptyLettersFile,
  LETTER_SOURCE_VERSION,
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
/** `letters.json`, case-relative. */
const INDEX_PATH = `${LETTERS_DIR}/${LETTERS_FILE_NAME}`;

/**
 * The letters of one case folder. Reads go straight to the files; a save or a mark-sent is returned
 * as a change, which the caller commits (audited, under the case lock) together with whatever else
 * the action writes.
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

  /**
   * The change that saves `document` (with its rendered `pdf`) as the next version of `letterId` (or
   * as version 1 of a new letter): the version's PDF and source, then `letters.json`, with one audit
   * line. Recorded versions are never written again.
   */
  async saveChange(generated: LetterDocument, document: LetterDocument, pdf: Uint8Array, letterId?: string): Promise<{ saved: SavedLetter; change: AuditedChange }> {
    if (generated.kind !== document.kind) throw new ApiFailure('invalid', m.kindMismatch);
    const file = await this.read();
    const existing = letterId === undefined ? undefined : requireLetter(file, letterId);
    if (existing && existing.kind !== document.kind) throw new ApiFailure('invalid', m.letterKindMismatch(existing.title));
    const savedAt = nowChinaIso();
    const id = existing?.id ?? newId();
    const number = (existing?.versions.length ?? 0) + 1;
    const version: LetterVersion = {
      version: number,
      savedAt,
      pdf: versionFile(id, document.kind, number, 'pdf'),
      source: versionFile(id, document.kind, number, 'json'),
      pdfSha256: sha256Hex(pdf),
    };
    const source: LetterSource = { schemaVersion: LETTER_SOURCE_VERSION, kind: document.kind, generated, document, savedAt };
    const record: LetterRecord = existing
      ? { ...existing, title: document.title, versions: [...existing.versions, version] }
      : { id, kind: document.kind, title: document.title, createdAt: savedAt, versions: [version] };
    const next = { ...file, letters: existing ? file.letters.map((l) => (l.id === id ? record : l)) : [...file.letters, record] };
    return {
      saved: { record, version: number, generated, document },
      change: {
        lines: [{ action: 'letter.save', target: id, sha256: version.pdfSha256, detail: { kind: document.kind, version: number } }],
        writes: [
          { path: version.pdf, data: pdf },
          { path: version.source, data: serializeJson(source) },
          { path: INDEX_PATH, data: serializeJson(next) },
        ],
      },
    };
  }

  /** The change that remembers that the letter was sent, with the timeline entry that says so. */
  async markSentChange(letterId: string, sent: NonNullable<LetterRecord['sent']>): Promise<{ record: LetterRecord; change: AuditedChange }> {
    const file = await this.read();
    const record: LetterRecord = { ...requireLetter(file, letterId), sent };
    return {
      record,
      change: {
        lines: [{ action: 'letter.sent', target: letterId, detail: { kind: record.kind, version: sent.version, channel: sent.channel, eventId: sent.eventId } }],
        writes: [{ path: INDEX_PATH, data: serializeJson({ ...file, letters: file.letters.map((l) => (l.id === letterId ? record : l)) }) }],
      },
    };
  }
}

function requireLetter(file: LettersFile, letterId: string): LetterRecord {
  const record = file.letters.find((letter) => letter.id === letterId);
  if (!record) throw new ApiFailure('not-found', m.letterNotFound(letterId));
  return record;
}
