import type { z } from 'zod';
import { toFieldErrors } from '../../shared/api/field-errors';
import type { CaseIntake } from '../../shared/domain/intake';
import { parseDateTime } from '../../shared/validation/date-time';
import { caseIntakeSchema } from '../../shared/validation/intake-schema';
import { CHINESE_ISSUES } from '../../shared/validation/issue-messages';
import { formatDateTimeWithSeconds } from '../format/date-time';

/** Every input of the case form, named by its intake path and in the order the form shows them. */
export const INTAKE_FIELDS = [
  'title',
  'platform.name',
  'platform.url',
  'platform.company',
  'platform.creditCode',
  'platform.address',
  'platform.legalRepresentative',
  'platform.phone',
  'platform.serviceEmail',
  'platform.managementEmail',
  'seller.name',
  'seller.operator',
  'seller.operatorCreditCode',
  'seller.address',
  'seller.contact',
  'complainant.name',
  'complainant.phone',
  'complainant.account',
  'complainant.idNumber',
  'complainant.address',
  'complainant.ethnicity',
  'complainant.email',
  'order.number',
  'order.purchasedAt',
  'order.product',
  'order.amountPaid',
  'order.paymentMethod',
  'order.paymentRef',
  'problem.type',
  'problem.description',
  'demand.type',
  'demand.amount',
  'demand.deadlineDays',
  'litigation.court',
  'litigation.agreement',
  'litigation.electronicService',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

/** What the inputs hold: the text as typed, keyed by intake path. */
export type IntakeValues = Record<IntakeField, string>;
export type FieldMessages = Partial<Record<string, string>>;

/** Fields the schema cannot do without; they are always sent, even empty, so the schema names them. */
export const REQUIRED_FIELDS: ReadonlySet<IntakeField> = new Set([
  'platform.name',
  'complainant.name',
  'order.number',
  'order.purchasedAt',
  'order.amountPaid',
  'problem.type',
]);

const valueAt = (intake: CaseIntake, field: IntakeField): unknown =>
  field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], intake);

/** The form's starting text for an intake (blank for a new case). */
export function intakeToValues(intake?: CaseIntake): IntakeValues {
  const values = {} as IntakeValues;
  for (const field of INTAKE_FIELDS) {
    const value = intake ? valueAt(intake, field) : undefined;
    values[field] = value === undefined || value === null ? '' : String(value);
  }
  // Stored ISO instants are edited the way people write them, in China time.
  if (values['order.purchasedAt']) values['order.purchasedAt'] = formatDateTimeWithSeconds(values['order.purchasedAt']);
  return values;
}

/**
 * The intake object the CLI reads, from the form's text: blank optional fields are left out and a
 * readable purchase time becomes ISO 8601 with +08:00. Invalid text is passed on for the schema to name.
 */
export function valuesToIntake(values: IntakeValues): CaseIntake {
  const intake: Record<string, Record<string, string> | string> = {};
  for (const field of INTAKE_FIELDS) {
    let value = values[field].trim();
    if (value === '' && !REQUIRED_FIELDS.has(field)) continue;
    if (field === 'order.purchasedAt') {
      const parsed = parseDateTime(value);
      if (parsed.ok) value = parsed.value;
    }
    const [group, key] = field.split('.') as [string, string | undefined];
    if (key === undefined) intake[group] = value;
    else intake[group] = { ...(intake[group] as Record<string, string> | undefined), [key]: value };
  }
  return intake as unknown as CaseIntake;
}

/**
 * What the API accepts as an intake. {@link CaseIntake} types choices as plain strings (the CLI reads
 * any JSON), so only an intake the schema has just accepted is given this narrower type.
 */
export type AcceptedIntake = z.input<typeof caseIntakeSchema>;

export type IntakeCheck = { ok: true; intake: AcceptedIntake } | { ok: false; messages: FieldMessages };

/** Checks an intake with the core's schema: one Chinese message per bad field, exactly as the core reports it. */
export function checkIntake(intake: CaseIntake): IntakeCheck {
  const result = caseIntakeSchema.safeParse(intake, CHINESE_ISSUES);
  if (result.success) return { ok: true, intake: intake as AcceptedIntake };
  return { ok: false, messages: Object.fromEntries(toFieldErrors(result.error).map(({ field, message }) => [field, message])) };
}

/** The DOM id of a field's input, used to focus the first bad field. */
export const fieldInputId = (field: string): string => `intake-${field.replace('.', '-')}`;
