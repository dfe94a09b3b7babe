import type { CaseService } from '../../core/cases/case-service';
import type { LetterService } from '../../core/letters/letter-service';
import { NotRegularFileError, openRegularFile } from '../../core/fs/open-regular-file';
import { ApiFailure } from '../../shared/api/dispatch';
import { parseLetterFilePath } from '../../shared/api/letter-transfer';
import { contentDisposition } from '../evidence/served-type';
import { fileHeaders, methodNotAllowed, notFound, notRegularFile, type FileBody, type FileResponse } from '../files/file-response';
import { ULID_PATTERN } from '../../shared/validation/stored-formats';

/** What the letter routes read: saved versions and their PDFs, the `.eml` made on request, and the case's order number. */
export interface LetterFiles {
  readonly letters: Pick<LetterService, 'get' | 'pdfPath' | 'eml'>;
  readonly cases: Pick<CaseService, 'get'>;
}

export const LETTERS_PREFIX = '/letters/';
const LETTER_ID = ULID_PATTERN;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const UNSAFE_CASE_REF = /^\.\.?$|[/\\:\u0000-\u001f\u007f]/;

/**
 * Answers `letters/<caseId>/<letterId>/v<N>.pdf` (the saved PDF, shown inline) and `….eml` (an
 * unsent e-mail with the evidence bundle attached, downloaded to open in a mail client). Every host
 * (web, Electron `app://`) serves letters through this one function; anything unknown is a 404.
 */
export async function letterResponse(files: LetterFiles, pathname: string, request: { method: string }): Promise<FileResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
  const target = parseLetterFilePath(pathname);
  if (!target || UNSAFE_CASE_REF.test(target.caseId) || !LETTER_ID.test(target.letterId) || target.version < 1) return notFound();
  const { caseId, letterId, version } = target;
  try {
    const answer =
      target.format === 'pdf'
        ? await pdfAnswer(files, caseId, letterId, version)
        : await emlAnswer(files, caseId, letterId, version);
    const headers = { ...fileHeaders(), ...answer.headers, 'Content-Length': String(answer.size) };
    if (request.method === 'GET' && answer.size > 0) return { status: 200, headers, body: answer.body };
    if ('handle' in answer.body) await answer.body.handle.close();
    return { status: 200, headers };
  } catch (error) {
    if (error instanceof NotRegularFileError) return notRegularFile();
    if (error instanceof ApiFailure && error.code === 'not-found') return notFound();
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return notFound();
    throw error;
  }
}

interface Answer {
  headers: Record<string, string>;
  body: FileBody;
  size: number;
}

async function pdfAnswer(files: LetterFiles, caseId: string, letterId: string, version: number): Promise<Answer> {
  const { record } = await files.letters.get(caseId, letterId, version);
  // Opened without following a link, like the evidence originals: a saved PDF swapped for a link is refused.
  const { handle, size } = await openRegularFile(await files.letters.pdfPath(caseId, letterId, version));
  return {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': contentDisposition('inline', `${record.title}.pdf`) },
    body: { handle, start: 0, end: size - 1 },
    size,
  };
}

async function emlAnswer(files: LetterFiles, caseId: string, letterId: string, version: number): Promise<Answer> {
  const { record } = await files.letters.get(caseId, letterId, version);
  const bytes = await files.letters.eml(caseId, letterId, version);
  const { record: dispute } = await files.cases.get(caseId);
  return {
    // An attachment: a browser must hand a mail message to the mail client, never render it.
    headers: { 'Content-Type': 'message/rfc822', 'Content-Disposition': contentDisposition('attachment', `${dispute.order.number}-${record.kind}.eml`) },
    body: { bytes },
    size: bytes.length,
  };
}
