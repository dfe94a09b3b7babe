import { join } from 'node:path';
import type { DossierService } from '../../core/dossier/dossier-service';
import type { ApiHandlers } from '../../shared/api/contract';

/**
 * The handlers with `dossier:reveal` answered by a host that runs on the person's own computer:
 * `reveal` gets the export's PDF (Electron selects it in the file manager; the web host opens its
 * folder). Only exports the case lists can be revealed.
 */
export function withExportReveal(handlers: ApiHandlers, dossier: () => Pick<DossierService, 'exportOf'>, reveal: (pdfPath: string) => Promise<void>): ApiHandlers {
  return {
    ...handlers,
    'dossier:reveal': async ({ caseId, exportId }) => {
      const found = await dossier().exportOf(caseId, exportId);
      await reveal(join(found.folder, found.pdf.name));
      return { opened: true };
    },
  };
}
