import { extname } from 'node:path';
import { fileTypeFromFile } from 'file-type';

/** Formats without magic bytes that people still hand in as evidence: exported chats, mails, notes. */
const TEXT_TYPES: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  eml: 'message/rfc822',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  md: 'text/markdown',
};

/**
 * The media type read from the file's content (magic bytes), falling back to a short list of text
 * formats by extension, and to `application/octet-stream` rather than trusting any other extension.
 */
export async function sniffMediaType(path: string, originalName: string): Promise<{ mediaType: string; extension?: string }> {
  const detected = await fileTypeFromFile(path);
  if (detected) return { mediaType: detected.mime, extension: detected.ext };
  const ext = extname(originalName).slice(1).toLowerCase();
  const textType = TEXT_TYPES[ext];
  return textType ? { mediaType: textType, extension: ext } : { mediaType: 'application/octet-stream' };
}
