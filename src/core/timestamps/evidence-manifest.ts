import { z } from 'zod';
import type { EvidenceView } from '../../shared/domain/evidence';
import { CHINESE_ISSUES } from '../../shared/validation/issue-messages';
import { storedDateTime, storedUlid } from '../../shared/validation/stored-formats';

export const MANIFEST_FORMAT = 'casebook-evidence-manifest';

const manifestItemSchema = z.strictObject({
  id: storedUlid(),
  exhibitNumber: z.number().int().positive().optional(),
  storedName: z.string(),
  originalName: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: storedDateTime(),
  removed: z.literal(true).optional(),
});

const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(1),
  caseId: storedUlid(),
  createdAt: storedDateTime(),
  tsaUrl: z.string(),
  items: z.array(manifestItemSchema),
});

/**
 * What a trusted timestamp vouches for: every evidence item of the case at that moment, in exhibit
 * order (removed ones last, marked), with its SHA-256. The token's imprint is the SHA-256 of this
 * file's exact bytes, which are never rewritten.
 */
export type EvidenceManifest = z.infer<typeof manifestSchema>;

/** The manifest's text: keys in a fixed order, two-space indentation, a trailing newline. */
export function serializeManifest(caseId: string, items: readonly EvidenceView[], createdAt: string, tsaUrl: string): string {
  const manifest: EvidenceManifest = {
    format: MANIFEST_FORMAT,
    formatVersion: 1,
    caseId,
    createdAt,
    tsaUrl,
    items: items.map((item) => ({
      id: item.id,
      ...(item.exhibitNumber !== undefined ? { exhibitNumber: item.exhibitNumber } : {}),
      storedName: item.storedName,
      originalName: item.originalName,
      size: item.size,
      sha256: item.sha256,
      importedAt: item.importedAt,
      ...(item.removedAt ? { removed: true as const } : {}),
    })),
  };
  return `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`;
}

/** Reads a stored manifest back; a file that is not one gives the reason. */
export function parseManifest(text: string): { ok: true; manifest: EvidenceManifest } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const parsed = manifestSchema.safeParse(raw, CHINESE_ISSUES);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, manifest: parsed.data };
}
