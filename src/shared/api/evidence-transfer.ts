import { z } from 'zod';
import { EVIDENCE_CATEGORIES } from '../domain/evidence';

/**
 * Evidence bytes do not travel through the JSON API. A browser uploads a file's bytes to
 * `POST upload/evidence?<params>` (the web host streams them into the case's staging area and answers
 * with an `ApiResult<ImportReport>`); the Electron app imports by path instead. Originals and
 * thumbnails are read from `evidence/<caseId>/<itemId>` and `…/thumbnail`, relative to the app's
 * root, under both hosts.
 */
export const UPLOAD_PATH = 'upload/evidence';

export const uploadParamsSchema = z.object({
  caseId: z.string().min(1).max(300),
  name: z.string().min(1).max(1024),
  size: z.coerce.number().int().nonnegative(),
  /** The file's modification time in milliseconds since the epoch, as the browser reports it. */
  lastModified: z.coerce.number().int().nonnegative(),
  category: z.enum(EVIDENCE_CATEGORIES).optional(),
  allowDuplicate: z
    .enum(['0', '1'])
    .optional()
    .transform((flag) => flag === '1'),
  importId: z.string().max(100).optional(),
});
export type UploadParams = z.input<typeof uploadParamsSchema>;

/** The relative URL a browser uploads one file to. */
export function uploadUrl(params: UploadParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  return `${UPLOAD_PATH}?${query}`;
}

export const evidenceFileUrl = (caseId: string, itemId: string) =>
  `evidence/${encodeURIComponent(caseId)}/${encodeURIComponent(itemId)}`;

export const evidenceThumbnailUrl = (caseId: string, itemId: string) => `${evidenceFileUrl(caseId, itemId)}/thumbnail`;
