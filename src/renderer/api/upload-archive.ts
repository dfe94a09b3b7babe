import { archiveUploadUrl, type ArchiveUploadParams } from '../../shared/api/case-archive-transfer';
import type { ApiResult } from '../../shared/api/result';
import { uiMessages } from '../../shared/messages/ui';
import { ApiCallError } from './client';

/**
 * Sends an archive's bytes to the web host (`POST /upload/archive`), which imports it as a case or
 * restores it as a workspace; resolves with the channel's result as `call` does.
 */
export async function uploadArchive<T>(file: File, params: Omit<ArchiveUploadParams, 'name' | 'size'>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(archiveUploadUrl({ ...params, name: file.name, size: file.size }), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/zip' },
      body: file,
    });
  } catch {
    throw new ApiCallError('unreachable', uiMessages.api.unreachable);
  }
  if (response.status === 401 || response.status === 403) throw new ApiCallError('session-expired', uiMessages.api.sessionExpired);
  let result: ApiResult<T>;
  try {
    result = (await response.json()) as ApiResult<T>;
  } catch {
    throw new ApiCallError('internal', uiMessages.api.badResponse(response.status));
  }
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message, result.error.fields ?? []);
  return result.value;
}
