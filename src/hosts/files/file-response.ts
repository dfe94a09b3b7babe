import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { hostMessages } from '../../shared/messages/cli';
import { SECURITY_HEADERS } from '../security-headers';

/**
 * Bytes to send: an inclusive range of a file opened without following links (streamed; the stream
 * closes the handle), or a small document made on request.
 */
export type FileBody = { handle: FileHandle; start: number; end: number } | { bytes: Uint8Array };

/** A host-neutral answer for a case file (evidence, a letter): each host turns it into its own response type. */
export interface FileResponse {
  status: 200 | 206 | 403 | 404 | 405 | 416;
  headers: Record<string, string>;
  /** Absent for HEAD, errors and empty files. */
  body?: FileBody;
  /** The small plain-text body of an error. */
  text?: string;
}

/**
 * Even when opened as a page of its own, a case file gets no script, no plugin, no same-origin
 * access: `sandbox` gives it a unique opaque origin, `default-src 'none'` loads nothing else.
 */
export const FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

export const fileHeaders = (): Record<string, string> => ({
  ...SECURITY_HEADERS,
  'Content-Security-Policy': FILE_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
});

export const fileTextResponse = (status: FileResponse['status'], text: string, extra: Record<string, string> = {}): FileResponse => ({
  status,
  headers: { ...fileHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  text,
});

export const notFound = (): FileResponse => fileTextResponse(404, hostMessages.notFound);

/** A case file that is a link or a special file where a plain file belongs: refused, never followed. */
export const notRegularFile = (): FileResponse => fileTextResponse(403, hostMessages.notRegularFile);

/** Case files are only ever read. */
export const methodNotAllowed = (): FileResponse => fileTextResponse(405, hostMessages.methodNotAllowed, { Allow: 'GET, HEAD' });

/** Streams the chosen bytes of a file (memory stays flat whatever its size), or the bytes made on request. */
export const openBody = (body: FileBody): Readable =>
  'bytes' in body ? Readable.from([body.bytes]) : body.handle.createReadStream({ start: body.start, end: body.end });
