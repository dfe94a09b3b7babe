import { EVIDENCE_PREFIX, evidenceResponse, type EvidenceFiles } from '../evidence/evidence-response';
import { EXPORTS_PREFIX, exportResponse, type ExportFiles } from '../exports/export-response';
import { LETTERS_PREFIX, letterResponse, type LetterFiles } from '../letters/letter-response';
import { CASE_ARCHIVE_PREFIX, caseArchiveResponse, type CaseArchiveFiles } from '../transfer/case-archive-response';
import type { FileResponse } from './file-response';

/** The open workspace as the file routes see it. */
export type CaseFiles = LetterFiles & ExportFiles & CaseArchiveFiles & { readonly evidence: EvidenceFiles };

/**
 * The files of a case that bypass the JSON API (evidence originals and thumbnails, letter PDFs and
 * `.eml` drafts, dossier exports, the case's transfer archive), for every host; undefined when the path is none of them (the host serves the app).
 */
export function caseFileResponse(
  files: CaseFiles,
  pathname: string,
  request: { method: string; range?: string | null },
): Promise<FileResponse> | undefined {
  if (pathname.startsWith(EVIDENCE_PREFIX)) return evidenceResponse(files.evidence, pathname, request);
  if (pathname.startsWith(LETTERS_PREFIX)) return letterResponse(files, pathname, request);
  if (pathname.startsWith(EXPORTS_PREFIX)) return exportResponse(files, pathname, request);
  if (pathname.startsWith(CASE_ARCHIVE_PREFIX)) return caseArchiveResponse(files, pathname, request);
  return undefined;
}
