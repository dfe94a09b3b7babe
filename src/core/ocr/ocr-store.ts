import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { statStamp, type FileStamp } from '../fs/file-stamp';
import { EVIDENCE_DIR } from '../evidence/evidence-locker';
import { classifyScreenshot } from './classify';
import { EXTRACTOR_VERSION, extractFacts } from './extract-facts';
import { OCR_DIR, OCR_FILE_PATTERN, ocrFileName, parseOcrFile, serializeOcrFile, type OcrFile } from './ocr-file';

export const ocrDirOf = (caseDir: string) => join(caseDir, EVIDENCE_DIR, OCR_DIR);
/** Case-relative path of an item's OCR file, as messages and verify name it. */
export const ocrRelativePath = (itemId: string) => `${EVIDENCE_DIR}/${OCR_DIR}/${ocrFileName(itemId)}`;

/** Writes an item's reading atomically; returns the SHA-256 of the bytes written, for the audit log. */
export async function writeOcrFile(caseDir: string, file: OcrFile): Promise<string> {
  const dir = ocrDirOf(caseDir);
  await mkdir(dir, { recursive: true });
  const text = serializeOcrFile(file);
  await writeFileAtomic(join(dir, ocrFileName(file.itemId)), text);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An older reading's facts and classification come from today's extractor; the lines stay as read. */
export function withCurrentFacts(file: OcrFile): OcrFile {
  if (file.extractorVersion >= EXTRACTOR_VERSION) return file;
  const facts = extractFacts(file.lines, file.image.height);
  const classification = classifyScreenshot(file.lines, facts, file.image.width);
  const { classification: _old, ...rest } = file;
  return { ...rest, extractorVersion: EXTRACTOR_VERSION, facts, ...(classification ? { classification } : {}) };
}

export type OcrRead = { ok: true; file: OcrFile } | { ok: false; reason: string };

/** The reading of one item, if any; a file that does not validate comes back with its reason. */
export async function readOcrFile(caseDir: string, itemId: string): Promise<OcrRead | undefined> {
  let text: string;
  try {
    text = await readFile(join(ocrDirOf(caseDir), ocrFileName(itemId)), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = parseOcrFile(text, ocrRelativePath(itemId));
  return parsed.ok ? { ok: true, file: withCurrentFacts(parsed.file) } : parsed;
}

/** Every usable reading of a case by item id, with the stamp of the folder they were read from (for the index). */
export async function readAllOcrFiles(caseDir: string): Promise<{ files: Map<string, OcrFile>; stamp: FileStamp | undefined }> {
  const dir = ocrDirOf(caseDir);
  const stamp = await statStamp(dir);
  const files = new Map<string, OcrFile>();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { files, stamp };
  }
  for (const name of names) {
    const id = OCR_FILE_PATTERN.exec(name)?.[1];
    if (!id) continue;
    const read = await readOcrFile(caseDir, id).catch(() => undefined);
    if (read?.ok && read.file.itemId === id) files.set(id, read.file);
  }
  return { files, stamp };
}
