/**
 * Case transfer archives and workspace backups outside the JSON API: the browser uploads an archive
 * to import (or a backup to restore) as the request body, and downloads a case's transfer archive
 * from a URL. Relative to the app's root, under both hosts.
 */

export const ARCHIVE_UPLOAD_ROUTE = '/upload/archive';
export const CASE_ARCHIVE_PREFIX = '/case-archives/';

/** `kind=case`: import as a new case; `kind=backup`: restore into `folder` (empty or new) and switch to it. */
export interface ArchiveUploadParams {
  kind: 'case' | 'backup';
  name: string;
  size: number;
  folder?: string;
}

export const archiveUploadUrl = ({ kind, name, size, folder }: ArchiveUploadParams): string => {
  const query = new URLSearchParams({ kind, name, size: String(size), ...(folder === undefined ? {} : { folder }) });
  return `${ARCHIVE_UPLOAD_ROUTE.slice(1)}?${query.toString()}`;
};

/** The case's latest transfer archive (made on the 导出 tab), downloaded under its own name. */
export const caseArchiveUrl = (caseId: string): string => `${CASE_ARCHIVE_PREFIX.slice(1)}${encodeURIComponent(caseId)}`;

export function parseCaseArchivePath(path: string): string | undefined {
  const match = /^\/?case-archives\/([^/]+)$/.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}
