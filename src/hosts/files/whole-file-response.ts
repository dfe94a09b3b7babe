import { NotRegularFileError, openRegularFile } from '../../core/fs/open-regular-file';
import { ApiFailure } from '../../shared/api/result';
import { contentDisposition } from '../evidence/served-type';
import { fileHeaders, notFound, notRegularFile, type FileResponse } from './file-response';

/** A file a route serves whole: where it is, the folders it must lie in, and how the browser should take it. */
export interface WholeFile {
  path: string;
  folders: string[];
  contentType: string;
  disposition: 'inline' | 'attachment';
  /** The name the browser shows or saves it under. */
  name: string;
}

/**
 * Answers GET or HEAD with a whole file of a case, opened without following a link (like the
 * evidence originals and the letters); `locate` failing with not-found, or the file missing, is a 404.
 */
export async function wholeFileResponse(method: string, locate: () => Promise<WholeFile>): Promise<FileResponse> {
  try {
    const file = await locate();
    const { handle, size } = await openRegularFile(file.path, file.folders);
    const sending = method === 'GET' && size > 0;
    if (!sending) await handle.close();
    const headers = {
      ...fileHeaders(),
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.disposition, file.name),
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
