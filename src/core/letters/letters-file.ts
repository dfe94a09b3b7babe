import { z } from 'zod';
import type { LetterRecord } from '../../shared/api/contract';
import { LETTER_KINDS, type LetterKind } from '../../shared/domain/letters';
import { TIMELINE_CHANNELS } from '../../shared/domain/timeline';
import { letterStoreMessages as m } from '../../shared/messages/letters';
import { letterDocumentSchema } from '../../shared/validation/letter-schema';
import { storedDateTime, storedUlid } from '../../shared/validation/stored-formats';

/** The case's letter index: `letters/letters.json`, human-readable and versioned. */
export const LETTERS_DIR = 'letters';
export const LETTERS_FILE_NAME = 'letters.json';
export const LETTERS_FILE_VERSION = 1;
export const LETTER_SOURCE_VERSION = 1;

const ulid = storedUlid();
const isoDateTime = storedDateTime();

/** Each letter's files live in `letters/<id>-<kind>/`, named by version. */
export const letterFolder = (id: string, kind: LetterKind): string => `${LETTERS_DIR}/${id}-${kind}`;
export const versionFile = (id: string, kind: LetterKind, version: number, extension: 'pdf' | 'json'): string =>
  `${letterFolder(id, kind)}/v${version}.${extension}`;

const versionSchema = z.object({
  version: z.number().int().positive(),
  savedAt: isoDateTime,
  pdf: z.string(),
  source: z.string(),
  pdfSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const recordSchema = z
  .object({
    id: ulid,
    kind: z.enum(LETTER_KINDS),
    title: z.string(),
    createdAt: isoDateTime,
    versions: z.array(versionSchema).min(1),
    sent: z.object({ at: isoDateTime, channel: z.enum(TIMELINE_CHANNELS), eventId: ulid, version: z.number().int().positive() }).optional(),
  })
  // Paths are read back to serve files: only the names we generate are accepted, so a hand-edited
  // file cannot point outside the letter's folder.
  .refine(
    (record) =>
      record.versions.every(
        (v, index) =>
          v.version === index + 1 &&
          v.pdf === versionFile(record.id, record.kind, v.version, 'pdf') &&
          v.source === versionFile(record.id, record.kind, v.version, 'json'),
      ),
    { message: 'versions' },
  ) satisfies z.ZodType<LetterRecord>;

const lettersFileSchema = z
  .object({ schemaVersion: z.literal(LETTERS_FILE_VERSION), letters: z.array(recordSchema) })
  .refine((file) => new Set(file.letters.map((letter) => letter.id)).size === file.letters.length, { message: 'id' });

export type LettersFile = z.infer<typeof lettersFileSchema>;

export const emptyLettersFile = (): LettersFile => ({ schemaVersion: LETTERS_FILE_VERSION, letters: [] });

/** Parses and validates `letters.json`; a reason in Chinese when it cannot be used as it is. */
export function parseLettersFile(text: string): { ok: true; file: LettersFile } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: m.fileInvalidJson };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > LETTERS_FILE_VERSION) return { ok: false, reason: m.fileFutureVersion(version, LETTERS_FILE_VERSION) };
  const parsed = lettersFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: m.fileInvalidField(issue?.path.map(String).join('.') ?? '', issue?.message ?? '') };
  }
  return { ok: true, file: parsed.data };
}

/** The editable source of one version, `v<N>.json`: what was generated and what the person made of it. */
export const letterSourceSchema = z
  .object({
    schemaVersion: z.literal(LETTER_SOURCE_VERSION),
    kind: z.enum(LETTER_KINDS),
    generated: letterDocumentSchema,
    document: letterDocumentSchema,
    savedAt: isoDateTime,
  })
  .refine((source) => source.generated.kind === source.kind && source.document.kind === source.kind);

export type LetterSource = z.infer<typeof letterSourceSchema>;

/** Pretty JSON with a trailing newline: the files are meant to be read (and diffed) by people too. */
export const serializeJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
