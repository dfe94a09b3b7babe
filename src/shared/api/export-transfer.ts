/**
 * A dossier export's files do not travel through the JSON API: the PDF (shown inline, printed) and
 * the archive (downloaded) are read from these URLs, relative to the app's root, under both hosts.
 */
export type ExportFileKind = 'pdf' | 'zip';

export const exportFileUrl = (caseId: string, exportId: string, kind: ExportFileKind) =>
  `exports/${encodeURIComponent(caseId)}/${encodeURIComponent(exportId)}/dossier.${kind}`;

/** Parses an export file path; undefined when it is not one. */
export function parseExportFilePath(path: string): { caseId: string; exportId: string; kind: ExportFileKind } | undefined {
  const match = /^\/?exports\/([^/]+)\/([^/]+)\/dossier\.(pdf|zip)$/.exec(path);
  if (!match) return undefined;
  try {
    return { caseId: decodeURIComponent(match[1]!), exportId: decodeURIComponent(match[2]!), kind: match[3] as ExportFileKind };
  } catch {
    return undefined;
  }
}
