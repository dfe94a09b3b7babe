import { dirname } from 'node:path';
import type { TransferService } from '../../core/transfer/transfer-service';
import { parseCaseArchivePath } from '../../shared/api/case-archive-transfer';
import { methodNotAllowed, notFound, type FileResponse } from '../files/file-response';
import { wholeFileResponse } from '../files/whole-file-response';

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
  return wholeFileResponse(request.method, async () => {
    const { path, name } = await files.transfer.caseArchivePath(caseId);
    return { path, folders: [dirname(path)], contentType: 'application/zip', disposition: 'attachment', name };
  });
}
