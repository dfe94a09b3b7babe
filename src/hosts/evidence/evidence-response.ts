import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { EvidenceService } from '../../core/evidence/evidence-service';
import { ApiFailure } from '../../shared/api/dispatch';
import { hostMessages } from '../../shared/messages/cli';
import { SECURITY_HEADERS } from '../security-headers';
import { parseByteRange } from './byte-range';
import { contentDisposition, servedType } from './served-type';

/** The part of the evidence service the file routes read from. */
export type EvidenceFiles = Pick<EvidenceService, 'original' | 'thumbnail'>;

/** A host-neutral answer: each host turns it into its own response type. */
export interface FileResponse {
  status: 200 | 206 | 404 | 405 | 416;
  headers: Record<string, string>;
  /** Bytes to send, as an inclusive range of a file; absent for HEAD, errors and empty files. */
  body?: { path: string; start: number; end: number };
}

export const EVIDENCE_PREFIX = '/evidence/';
const ITEM_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Even when opened as a page of its own, an original gets no script, no plugin, no same-origin
 * access: `sandbox` gives it a unique opaque origin, `default-src 'none'` loads nothing else.
 */
export const EVIDENCE_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

const baseHeaders = (): Record<string, string> => ({
  ...SECURITY_HEADERS,
  'Content-Security-Policy': EVIDENCE_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
});

const textResponse = (status: FileResponse['status'], text: string, extra: Record<string, string> = {}): FileResponse & { text: string } => ({
  status,
  headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  text,
});

/**
 * `/evidence/<caseId>/<itemId>` or `…/thumbnail`, decoded; null for anything else (a traversal
 * attempt, an extra segment, an id that is not a ULID).
 */
export function parseEvidencePath(pathname: string): { caseId: string; itemId: string; thumbnail: boolean } | null {
  if (!pathname.startsWith(EVIDENCE_PREFIX)) return null;
  let segments: string[];
  try {
    segments = pathname.slice(EVIDENCE_PREFIX.length).split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
  const [caseId, itemId, extra, ...rest] = segments;
  if (!caseId || !itemId || rest.length > 0 || (extra !== undefined && extra !== 'thumbnail')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (caseId === '.' || caseId === '..' || /[/\\:\u0000-\u001f\u007f]/.test(caseId) || !ITEM_ID.test(itemId)) return null;
  return { caseId, itemId, thumbnail: extra === 'thumbnail' };
}

/**
 * Answers a request for an evidence original or its thumbnail, read-only, with single-range support
 * so media players can seek in multi-GB recordings without the host reading them into memory.
 * Every host (web, Electron `app://`) serves evidence through this one function.
 *
 * Returns `text` for the small plain-text error bodies.
 */
export async function evidenceResponse(
  files: EvidenceFiles,
  pathname: string,
  request: { method: string; range?: string | null },
): Promise<FileResponse & { text?: string }> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, hostMessages.methodNotAllowed, { Allow: 'GET, HEAD' });
  }
  const target = parseEvidencePath(pathname);
  if (!target) return textResponse(404, hostMessages.notFound);
  const file = await locate(files, target);
  if (!file) return textResponse(404, hostMessages.notFound);

  const served = servedType(file.mediaType);
  const headers: Record<string, string> = {
    ...baseHeaders(),
    'Content-Type': served.contentType,
    'Content-Disposition': contentDisposition(served.disposition, file.name),
    'Accept-Ranges': 'bytes',
  };
  const range = parseByteRange(request.range, file.size);
  if (range.kind === 'unsatisfiable') {
    return textResponse(416, hostMessages.rangeNotSatisfiable, { 'Content-Range': `bytes */${file.size}` });
  }
  const [status, start, end] = range.kind === 'partial' ? [206 as const, range.start, range.end] : [200 as const, 0, file.size - 1];
  headers['Content-Length'] = String(end - start + 1);
  if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  const body = request.method === 'GET' && end >= start ? { path: file.path, start, end } : undefined;
  return { status, headers, ...(body ? { body } : {}) };
}

/** The file behind a request, or null when the case, the item or the file on disk is not there. */
async function locate(
  files: EvidenceFiles,
  target: { caseId: string; itemId: string; thumbnail: boolean },
): Promise<{ path: string; size: number; mediaType: string; name: string } | null> {
  try {
    if (!target.thumbnail) {
      const original = await files.original(target.caseId, target.itemId);
      return { path: original.path, size: original.size, mediaType: original.mediaType, name: original.originalName };
    }
    const path = await files.thumbnail(target.caseId, target.itemId);
    if (!path) return null;
    return { path, size: (await stat(path)).size, mediaType: 'image/webp', name: `${target.itemId}.webp` };
  } catch (error) {
    if (error instanceof ApiFailure && error.code === 'not-found') return null;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Streams the chosen bytes of the file: memory stays flat whatever its size. */
export const openBody = (body: NonNullable<FileResponse['body']>): Readable =>
  createReadStream(body.path, { start: body.start, end: body.end });
