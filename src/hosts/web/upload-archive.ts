import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { entryNameProblem } from '../../core/archive/entry-rules';
import { createStaging } from '../../core/transfer/staging';
import type { ApiHandlers } from '../../shared/api/contract';
import { ApiFailure, dispatch } from '../../shared/api/dispatch';
import type { ApiResult } from '../../shared/api/result';
import { hostMessages } from '../../shared/messages/cli';
import type { FileAccess } from '../file-access';

const paramsSchema = z.object({
  kind: z.enum(['case', 'backup']),
  name: z.string().min(1).max(500),
  size: z.coerce.number().int().nonnegative(),
  folder: z.string().min(1).max(1000).optional(),
});

/** What the archive route needs: where the open workspace is (it follows `workspace:restore`), the core's handlers, the host's rules for folders. */
export interface ArchiveUploadContext {
  readonly workspace: { readonly root: string };
  /** The core's own handlers, which take paths: the uploaded file's temporary path is ours, not the page's. */
  readonly handlers: ApiHandlers;
  readonly access: Pick<FileAccess, 'workspaceFolder'>;
  readonly onUnexpected: (error: unknown) => void;
}

const failure = (code: ApiFailure['code'], message: string): ApiResult<never> => ({ ok: false, error: { code, message } });

/**
 * `POST /upload/archive?kind=case|backup&name&size[&folder]`: the browser's way to 导入案件 (a case
 * transfer archive) and 从备份恢复 (a backup, into `folder`). The body is written to a staging folder
 * of the open workspace, at most the declared size, then handed to `cases:import-archive` or
 * `workspace:restore` exactly as the desktop app's handles are; the upload is removed afterwards,
 * whatever the outcome.
 */
export async function receiveArchiveUpload(req: IncomingMessage, query: URLSearchParams, context: ArchiveUploadContext): Promise<ApiResult<unknown>> {
  const parsed = paramsSchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '?'))].join('、');
    return failure('invalid', hostMessages.uploadBadParams(fields));
  }
  const { kind, name, size, folder } = parsed.data;
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) !== size) return failure('invalid', hostMessages.uploadLengthMismatch(name, size, Number(declared)));
  if (kind === 'backup' && folder === undefined) return failure('invalid', hostMessages.uploadBadParams('folder'));

  const staging = await createStaging(context.workspace.root, 'upload');
  try {
    const target = folder === undefined ? undefined : await context.access.workspaceFolder(folder);
    // Under the browser's own name (when it is a plain one), so refusals and the audit log name the file the person chose.
    const file = join(staging, name.includes('/') || entryNameProblem(name) ? 'upload.zip' : name);
    let received = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done(received > size ? new ApiFailure('invalid', hostMessages.uploadTooLong(name, size)) : null, chunk);
      },
    });
    await pipeline(req, counted, createWriteStream(file, { flags: 'wx' }));
    if (received !== size) return failure('invalid', hostMessages.uploadLengthMismatch(name, size, received));
    return kind === 'case'
      ? await dispatch(context.handlers, 'cases:import-archive', { file }, context.onUnexpected)
      : await dispatch(context.handlers, 'workspace:restore', { archive: file, folder: target }, context.onUnexpected);
  } catch (error) {
    if (error instanceof ApiFailure) return failure(error.code, error.message);
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
