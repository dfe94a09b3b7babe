/**
 * Letter files do not travel through the JSON API either: the saved PDF of a version, and an `.eml`
 * draft (subject, body, evidence bundle attached) made on request, are read from these URLs, relative
 * to the app's root, under both hosts.
 */
export const letterPdfUrl = (caseId: string, letterId: string, version: number) =>
  `letters/${encodeURIComponent(caseId)}/${encodeURIComponent(letterId)}/v${version}.pdf`;

export const letterEmlUrl = (caseId: string, letterId: string, version: number) =>
  `letters/${encodeURIComponent(caseId)}/${encodeURIComponent(letterId)}/v${version}.eml`;

/** Parses a letter file path; undefined when it is not one. */
export function parseLetterFilePath(path: string): { caseId: string; letterId: string; version: number; format: 'pdf' | 'eml' } | undefined {
  const match = /^\/?letters\/([^/]+)\/([^/]+)\/v(\d+)\.(pdf|eml)$/.exec(path);
  if (!match) return undefined;
  try {
    return { caseId: decodeURIComponent(match[1]!), letterId: decodeURIComponent(match[2]!), version: Number(match[3]), format: match[4] as 'pdf' | 'eml' };
  } catch {
    return undefined;
  }
}
