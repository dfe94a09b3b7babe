import type { ImportReport } from '../../shared/api/contract';
import type { EvidenceCategory } from '../../shared/domain/evidence';
import { uploadUrl } from '../../shared/api/evidence-transfer';
import type { ApiResult } from '../../shared/api/result';
import { uiMessages } from '../../shared/messages/ui';
import { ApiCallError } from './client';

export interface UploadRequest {
  caseId: string;
  file: File;
  category?: EvidenceCategory;
  allowDuplicate?: boolean;
  importId?: string;
}

/** Thrown when the person cancelled; the host discards the partial upload, so nothing was kept. */
export class UploadCancelledError extends Error {
  constructor() {
    super('upload cancelled');
    this.name = 'UploadCancelledError';
  }
}

/**
 * Uploads one file's bytes to the web host, which imports it as evidence. XMLHttpRequest rather than
 * fetch because only it reports upload progress; aborting via `signal` drops the connection, and the
 * host keeps nothing of a file it did not receive whole.
 */
export function uploadEvidence(request: UploadRequest, onProgress: (loaded: number) => void, signal: AbortSignal): Promise<ImportReport> {
  const { caseId, file, category, allowDuplicate, importId } = request;
  const url = uploadUrl({ caseId, name: file.name, size: file.size, lastModified: file.lastModified, category, allowDuplicate: allowDuplicate ? '1' : undefined, importId });
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new UploadCancelledError());
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onerror = () => reject(new ApiCallError('unreachable', uiMessages.api.unreachable));
    xhr.onabort = () => reject(new UploadCancelledError());
    xhr.onload = () => {
      if (xhr.status === 401 || xhr.status === 403) return reject(new ApiCallError('session-expired', uiMessages.api.sessionExpired));
      let result: ApiResult<ImportReport>;
      try {
        result = JSON.parse(xhr.responseText) as ApiResult<ImportReport>;
      } catch {
        return reject(new ApiCallError('internal', uiMessages.api.badResponse(xhr.status)));
      }
      if (result.ok) resolve(result.value);
      else reject(new ApiCallError(result.error.code, result.error.message, result.error.fields ?? []));
    };
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
