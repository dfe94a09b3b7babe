import { z } from 'zod';
import { caseRecordSchema } from './case-file-schema';

/**
 * Version 3 exactly as it was stored: version 4 without the fields version 4 added. Checked strictly,
 * so a version-4 field in a version-3 file is reported rather than taken for the newer one.
 */
export const caseRecordV3Schema = caseRecordSchema.omit({ seller: true, litigation: true, claims: true }).extend({
  schemaVersion: z.literal(3),
  platform: caseRecordSchema.shape.platform.omit({ legalRepresentative: true, phone: true, serviceEmail: true, managementEmail: true }),
  complainant: caseRecordSchema.shape.complainant.omit({ ethnicity: true, email: true }),
  claims: caseRecordSchema.shape.claims.unwrap().omit({ losses: true }).optional(),
});

/** Version 4 only adds optional fields, so the migration only renumbers. */
export const caseFileV3ToV4 = caseRecordV3Schema.transform((v3) => ({ ...v3, schemaVersion: 4 }));
