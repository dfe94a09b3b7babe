import { join } from 'node:path';
import type { DossierService } from '../../core/dossier/dossier-service';
import { parseExportFilePath } from '../../shared/api/export-transfer';
import { methodNotAllowed, notFound, type FileResponse } from '../files/file-response';
import { wholeFileResponse } from '../files/whole-file-response';

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
  return wholeFileResponse(request.method, async () => {
    const found = await files.dossier.exportOf(target.caseId, target.exportId);
    const file = target.kind === 'pdf' ? found.pdf : found.zip;
    return {
      path: join(found.folder, file.name),
      folders: [found.folder],
      contentType: target.kind === 'pdf' ? 'application/pdf' : 'application/zip',
      disposition: target.kind === 'pdf' ? 'inline' : 'attachment',
      name: file.name,
    };
  });
}
