import { dirname } from 'node:path';
import type { TransferService } from '../../core/transfer/transfer-service';
import { NotRegularFileError, openRegularFile } from '../../core/fs/open-regular-file';
import { parseCaseArchivePath } from '../../shared/api/case-archive-transfer';
import { ApiFailure } from '../../shared/api/result';
import { contentDisposition } from '../evidence/served-type';
import { fileHeaders, methodNotAllowed, notFound, notRegularFile, type FileResponse } from '../files/file-response';

/** What the route reads: where the case's transfer archive is. */
export interface CaseArchiveFiles {
  readonly transfer: Pick<TransferService, 'caseArchivePath'>;
}

export { CASE_ARCHIVE_PREFIX } from '../../shared/api/case-archive-transfer';

/**
 * Answers `case-archives/<caseId>`: the transfer archive the 导出 tab made for the case, downloaded
 * under its own name (`<case folder>.casebook.zip`); a 404 when there is none.
 */
export async function caseArchiveResponse(files: CaseArchiveFiles, pathname: string, request: { method: string }): Promise<FileResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
  const caseId = parseCaseArchivePath(pathname);
  if (caseId === undefined) return notFound();
  try {
    const { path, name } = await files.transfer.caseArchivePath(caseId);
    // Opened without following a link, like every other file of a case.
    const { handle, size } = await openRegularFile(path, [dirname(path)]);
    const sending = request.method === 'GET' && size > 0;
    if (!sending) await handle.close();
    const headers = { ...fileHeaders(), 'Content-Type': 'application/zip', 'Content-Disposition': contentDisposition('attachment', name), 'Content-Length': String(size) };
    return { status: 200, headers, ...(sending ? { body: { handle, start: 0, end: size - 1 } } : {}) };
  } catch (error) {
    if (error instanceof NotRegularFileError) return notRegularFile();
    if (error instanceof ApiFailure && error.code === 'not-found') return notFound();
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return notFound();
    throw error;
  }
}
