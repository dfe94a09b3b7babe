import { z } from 'zod';
import { caseRecordV3Schema } from './case-file-v3';

/**
 * Version 2 is version 3 without `claims`, so the migration only renumbers. The version-2 shape is
 * checked as it was (strict), so a `claims` key in a version-2 file is reported rather than taken
 * for the version-3 field.
 */
export const caseFileV2ToV3 = caseRecordV3Schema
  .omit({ claims: true })
  .extend({ schemaVersion: z.literal(2) })
  .transform((v2) => ({ ...v2, schemaVersion: 3 }));
