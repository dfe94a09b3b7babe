import { z } from 'zod';
import { EVIDENCE_CATEGORIES } from '../../shared/domain/evidence';
import { OCR_FACT_KINDS, type OcrClassification, type OcrFact, type OcrLine } from '../../shared/domain/ocr';
import { ocrMessages } from '../../shared/messages/ocr';
import { storedDateTime, storedUlid } from '../../shared/validation/stored-formats';

/**
 * What was read from one image lives in `evidence/ocr/<item id>.json`: beside the evidence index,
 * never next to or inside the original. It is derived data (a new reading replaces it), recorded in
 * the audit log with its SHA-256 so `verify` can tell whether it was edited afterwards.
 */
export const OCR_DIR = 'ocr';
export const OCR_FILE_VERSION = 1;

export const ocrFileName = (itemId: string) => `${itemId}.json`;
export const OCR_FILE_PATTERN = /^([0-9A-HJKMNP-TV-Z]{26})\.json$/;

const box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

const line = z.object({ text: z.string(), confidence: z.number(), box }) satisfies z.ZodType<OcrLine>;

const fact = z.object({
  kind: z.enum(OCR_FACT_KINDS),
  value: z.string(),
  text: z.string(),
  line: z.number().int().nonnegative(),
  box,
  role: z.enum(['status-bar', 'chat', 'order', 'payment', 'other', 'paid', 'total', 'price', 'refund']).optional(),
  amountFen: z.number().int().optional(),
  timeOnly: z.boolean().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  hours: z.boolean().optional(),
  code: z.string().optional(),
}) satisfies z.ZodType<OcrFact>;

const ocrFileSchema = z.object({
  schemaVersion: z.literal(OCR_FILE_VERSION),
  itemId: storedUlid(),
  /** The original that was read: a reading of other bytes is never shown as this item's. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  readAt: storedDateTime(),
  engine: z.object({ name: z.string(), version: z.string(), languages: z.array(z.string()) }),
  /** Facts are re-extracted from the lines when the extractor has improved since. */
  extractorVersion: z.number().int().positive(),
  durationMs: z.number().nonnegative(),
  image: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
  lines: z.array(line),
  facts: z.array(fact),
  classification: z
    .object({ category: z.enum(EVIDENCE_CATEGORIES), title: z.string(), because: z.array(z.string()) })
    .optional() satisfies z.ZodType<OcrClassification | undefined>,
});

export type OcrFile = z.infer<typeof ocrFileSchema>;

export type OcrFileParse = { ok: true; file: OcrFile } | { ok: false; reason: string };

/** Parses an OCR file; `name` (e.g. `evidence/ocr/01J….json`) goes into the reason. */
export function parseOcrFile(text: string, name: string): OcrFileParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: ocrMessages.fileInvalid(name, 'JSON') };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > OCR_FILE_VERSION) {
    return { ok: false, reason: ocrMessages.fileFutureVersion(name, version, OCR_FILE_VERSION) };
  }
  const parsed = ocrFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: ocrMessages.fileInvalid(name, `${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim()) };
  }
  return { ok: true, file: parsed.data };
}

export const serializeOcrFile = (file: OcrFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** The text of a reading, one line per line read. */
export const ocrText = (file: Pick<OcrFile, 'lines'>): string => file.lines.map((l) => l.text).join('\n');
