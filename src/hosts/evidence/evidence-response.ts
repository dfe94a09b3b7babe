import type { EvidenceService } from '../../core/evidence/evidence-service';
import { NotRegularFileError, openRegularFile, type OpenedFile } from '../../core/fs/open-regular-file';
import { ApiFailure } from '../../shared/api/dispatch';
import { hostMessages } from '../../shared/messages/cli';
import { fileHeaders, fileTextResponse, methodNotAllowed, notFound, notRegularFile, type FileResponse } from '../files/file-response';
import { parseByteRange } from './byte-range';
import { contentDisposition, servedType } from './served-type';
import { ULID_PATTERN } from '../../shared/validation/stored-formats';

/** The part of the evidence service the file routes read from. */
export type EvidenceFiles = Pick<EvidenceService, 'openOriginal' | 'thumbnail'>;

export const EVIDENCE_PREFIX = '/evidence/';
const ITEM_ID = ULID_PATTERN;

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
 * Every host (web, Electron `app://`) serves evidence through this one function. The file is opened
 * without following links, and what is sent is read from that open file: an original replaced by a
 * link (to `/etc/passwd`, say), a pipe or a folder is refused with 403.
 */
export async function evidenceResponse(
  files: EvidenceFiles,
  pathname: string,
  request: { method: string; range?: string | null },
): Promise<FileResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
  const target = parseEvidencePath(pathname);
  if (!target) return notFound();
  const file = await locate(files, target);
  if (file === 'refused') return notRegularFile();
  if (!file) return notFound();

  const served = servedType(file.mediaType);
  const headers: Record<string, string> = {
    ...fileHeaders(),
    'Content-Type': served.contentType,
    'Content-Disposition': contentDisposition(served.disposition, file.name),
    'Accept-Ranges': 'bytes',
  };
  const range = parseByteRange(request.range, file.size);
  if (range.kind === 'unsatisfiable') {
    await file.handle.close();
    return fileTextResponse(416, hostMessages.rangeNotSatisfiable, { 'Content-Range': `bytes */${file.size}` });
  }
  const [status, start, end] = range.kind === 'partial' ? [206 as const, range.start, range.end] : [200 as const, 0, file.size - 1];
  headers['Content-Length'] = String(end - start + 1);
  if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  if (request.method !== 'GET' || end < start) {
    await file.handle.close();
    return { status, headers };
  }
  return { status, headers, body: { handle: file.handle, start, end } };
}

interface LocatedFile extends OpenedFile {
  mediaType: string;
  name: string;
}

/**
 * The file behind a request, opened; null when the case, the item or the file on disk is not there,
 * `refused` when something other than a plain file stands in its place.
 */
async function locate(files: EvidenceFiles, target: { caseId: string; itemId: string; thumbnail: boolean }): Promise<LocatedFile | 'refused' | null> {
  try {
    if (!target.thumbnail) {
      const original = await files.openOriginal(target.caseId, target.itemId);
      return { handle: original.handle, size: original.size, mediaType: original.mediaType, name: original.originalName };
    }
    const path = await files.thumbnail(target.caseId, target.itemId);
    if (!path) return null;
    return { ...(await openRegularFile(path)), mediaType: 'image/webp', name: `${target.itemId}.webp` };
  } catch (error) {
    if (error instanceof NotRegularFileError) return 'refused';
    if (error instanceof ApiFailure && error.code === 'not-found') return null;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
