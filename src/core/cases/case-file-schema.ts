import { z } from 'zod';
import {
  CASE_LIFECYCLES,
  CASE_STATUSES,
  DEMAND_TYPES,
  JURISDICTION_AGREEMENTS,
  PROBLEM_TYPES,
  type CaseRecord,
} from '../../shared/domain/case';
import { validationMessages } from '../../shared/messages/validation';
import { storedDateTime, storedUlid } from '../../shared/validation/stored-formats';

/** The current `case.json` format version. Bump it together with a migration in `case-file.ts`. */
export const CASE_FILE_VERSION = 4;

/** A ULID as `ulid` writes it: 26 Crockford base-32 characters. */
const caseId = storedUlid(validationMessages.storedUlid);
/** Stored date-times are always ISO 8601 in China time, which also makes them sort as text. */
const chinaIso = storedDateTime(validationMessages.storedDateTime);
const fen = z.number().int().nonnegative();
const text = z.string();

/**
 * The stored shape of a case (schema version 4: version 3 plus the platform's legal representative,
 * phone and mailboxes, the complainant's ethnicity and e-mail, the selling shop, the lawsuit answers
 * and itemised losses among the claims). Objects are strict: an unknown key makes the file
 * damaged rather than being silently dropped on the next save. Field order here is the key order
 * written to disk, so diffs and sync tools see stable files.
 */
export const caseRecordSchema = z.strictObject({
  schemaVersion: z.literal(CASE_FILE_VERSION),
  id: caseId,
  createdAt: chinaIso,
  updatedAt: chinaIso,
  status: z.enum(CASE_STATUSES),
  lifecycle: z.enum(CASE_LIFECYCLES),
  title: text.min(1),
  platform: z.strictObject({
    name: text.min(1),
    url: text.optional(),
    company: text.optional(),
    creditCode: text.optional(),
    address: text.optional(),
    legalRepresentative: text.optional(),
    phone: text.optional(),
    serviceEmail: text.optional(),
    managementEmail: text.optional(),
  }),
  complainant: z.strictObject({
    name: text.min(1),
    phone: text.optional(),
    account: text.optional(),
    idNumber: text.optional(),
    address: text.optional(),
    ethnicity: text.optional(),
    email: text.optional(),
  }),
  seller: z
    .strictObject({
      name: text.min(1),
      operator: text.optional(),
      operatorCreditCode: text.optional(),
      address: text.optional(),
      contact: text.optional(),
    })
    .optional(),
  order: z.strictObject({
    number: text.min(1),
    purchasedAt: chinaIso,
    product: text.optional(),
    amountPaidFen: fen,
    paymentMethod: text.optional(),
    paymentRef: text.optional(),
  }),
  problem: z.strictObject({ type: z.enum(PROBLEM_TYPES), description: text.optional() }),
  demand: z.strictObject({
    type: z.enum(DEMAND_TYPES).optional(),
    amountFen: fen.optional(),
    deadlineDays: z.number().int().min(1).max(90).optional(),
  }),
  litigation: z
    .strictObject({
      court: text.optional(),
      agreement: z.enum(JURISDICTION_AGREEMENTS).optional(),
      electronicService: z.boolean().optional(),
    })
    .optional(),
  claims: z
    .strictObject({
      fraud: z.boolean(),
      platformPromise: z.strictObject({ text: text.min(1), multiplier: z.number().positive().max(100) }).optional(),
      losses: z.array(z.strictObject({ text: text.min(1), amountFen: fen })).optional(),
    })
    .optional(),
}) satisfies z.ZodType<CaseRecord>;
