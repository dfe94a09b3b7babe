import type { PathImportRequest } from '../core/evidence/evidence-service';
import type { ApiHandlers } from '../shared/api/contract';

/**
 * The handlers with `evidence:import-paths` reporting the bytes copied of the current file. The JSON
 * contract cannot carry a callback, so a host adds it after validation: the core's handler hands its
 * request to `EvidenceService.importPaths` as it is, `onProgress` included (a test holds it to that).
 */
export function withImportProgress(
  handlers: ApiHandlers,
  onProgress: (progress: { importId?: string; copied: number }) => void,
): ApiHandlers {
  return {
    ...handlers,
    'evidence:import-paths': (input) => {
      const request: PathImportRequest = { ...input, onProgress: (copied) => onProgress({ importId: input.importId, copied }) };
      return handlers['evidence:import-paths'](request);
    },
  };
}
