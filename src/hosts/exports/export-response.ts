import { join } from 'node:path';
import type { DossierService } from '../../core/dossier/dossier-service';
import { NotRegularFileError, openRegularFile } from '../../core/fs/open-regular-file';
import { parseExportFilePath } from '../../shared/api/export-transfer';
import { ApiFailure } from '../../shared/api/result';
import { contentDisposition } from '../evidence/served-type';
import { fileHeaders, methodNotAllowed, notFound, notRegularFile, type FileResponse } from '../files/file-response';

/** What the export routes read: the case's exports and where their files are. */
export interface ExportFiles {
  readonly dossier: Pick<DossierService, 'exportOf'>;
}

export const EXPORTS_PREFIX = '/exports/';

/**
 * Answers `exports/<caseId>/<exportId>/dossier.pdf` (the dossier, inline, so the browser's viewer
 * shows and prints it) and `…/dossier.zip` (the archive, downloaded under its own name). Only exports
 * the case lists are served; anything else is a 404.
 */
export async function exportResponse(files: ExportFiles, pathname: string, request: { method: string }): Promise<FileResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed();
  const target = parseExportFilePath(pathname);
  if (!target) return notFound();
  try {
    const found = await files.dossier.exportOf(target.caseId, target.exportId);
    const file = target.kind === 'pdf' ? found.pdf : found.zip;
    const path = join(found.folder, file.name);
    // Opened without following a link, like the evidence originals and the letters.
    const { handle, size } = await openRegularFile(path, [found.folder]);
    const sending = request.method === 'GET' && size > 0;
    if (!sending) await handle.close();
    const headers = {
      ...fileHeaders(),
      'Content-Type': target.kind === 'pdf' ? 'application/pdf' : 'application/zip',
      'Content-Disposition': contentDisposition(target.kind === 'pdf' ? 'inline' : 'attachment', file.name),
      'Content-Length': String(size),
    };
    return { status: 200, headers, ...(sending ? { body: { handle, start: 0, end: size - 1 } } : {}) };
  } catch (error) {
    if (error instanceof NotRegularFileError) return notRegularFile();
    if (error instanceof ApiFailure && error.code === 'not-found') return notFound();
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return notFound();
    throw error;
  }
}
