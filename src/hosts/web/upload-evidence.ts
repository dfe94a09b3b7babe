import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import type { EvidenceService } from '../../core/evidence/evidence-service';
import { toIoFailure } from '../../core/fs/io-failure';
import type { ImportReport } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/dispatch';
import { uploadParamsSchema } from '../../shared/api/evidence-transfer';
import type { ApiResult } from '../../shared/api/result';
import { errorMessages } from '../../shared/messages/errors';
import { hostMessages } from '../../shared/messages/cli';
import { evidenceMessages } from '../../shared/messages/evidence';
import type { RunningUploads } from './running-uploads';

/** What the upload route needs of the open workspace (it follows `workspace:switch`). */
export interface UploadWorkspace {
  readonly evidence: Pick<EvidenceService, 'importUpload'>;
  readonly root: string;
  readonly indexPath: string;
}

/**
 * Receives one browser upload (`POST /upload/evidence?<params>`) and streams its body into the
 * case's staging area — no size cap beyond the declared size, no buffering. If the browser goes away
 * or the import is cancelled by its id, the staging file is removed and nothing is recorded.
 */
export async function receiveUpload(
  req: IncomingMessage,
  query: URLSearchParams,
  workspace: UploadWorkspace,
  uploads: RunningUploads,
  onUnexpected: (error: unknown) => void,
): Promise<ApiResult<ImportReport>> {
  const parsed = uploadParamsSchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '?'))].join('、');
    return failure('invalid', hostMessages.uploadBadParams(fields));
  }
  const params = parsed.data;
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) !== params.size) {
    return failure('invalid', hostMessages.uploadLengthMismatch(params.name, params.size, Number(declared)));
  }

  const controller = new AbortController();
  const unregister = uploads.add(params.importId, controller);
  // `complete` is false when the connection closes before the whole body arrived: the browser left.
  const onClose = () => !req.complete && controller.abort();
  req.once('close', onClose);
  try {
    const report = await workspace.evidence.importUpload(
      params.caseId,
      uploadBody(req, params.size, params.name, controller.signal),
      { name: params.name, size: params.size, lastModified: new Date(params.lastModified) },
      { category: params.category, allowDuplicate: params.allowDuplicate, signal: controller.signal },
    );
    return { ok: true, value: report };
  } catch (raw) {
    const error = toIoFailure(raw, { file: workspace.root, indexFile: workspace.indexPath });
    if (error instanceof ApiFailure) return failure(error.code, error.message);
    if (controller.signal.aborted) return failure('invalid', evidenceMessages.cancelled(params.name));
    onUnexpected(error);
    return failure('internal', errorMessages.internal);
  } finally {
    req.off('close', onClose);
    unregister();
  }
}

const failure = (code: ApiFailure['code'], message: string): ApiResult<never> => ({ ok: false, error: { code, message } });

/**
 * The request body as the core reads it: fails as soon as more than the declared size arrives, and
 * at once on cancellation even if the browser has stopped sending (the core then drops the staged
 * bytes). `pipe` does not forward errors, so the request's own failure is passed on by hand.
 */
function uploadBody(req: IncomingMessage, size: number, name: string, signal: AbortSignal): Readable {
  let received = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > size) done(new ApiFailure('invalid', hostMessages.uploadTooLong(name, size)));
      else done(null, chunk);
    },
  });
  // The core starts reading only after it has found the case; an error before then is kept by the
  // stream and thrown by its iterator, so this listener merely stops it from counting as unhandled.
  body.on('error', () => {});
  req.once('error', (error) => body.destroy(error));
  signal.addEventListener('abort', () => body.destroy(new ApiFailure('invalid', evidenceMessages.cancelled(name))), { once: true });
  req.pipe(body);
  return body;
}
