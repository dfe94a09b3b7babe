import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { DEMAND_TYPES, JURISDICTION_AGREEMENTS, PROBLEM_TYPES } from '../../shared/domain/case';
import { proposedCourts } from '../../shared/letters/court-choice';
import { caseFormMessages as cf, electronicServiceLabels, jurisdictionAgreementLabels } from '../../shared/messages/case-fields';
import type { CaseIntake } from '../../shared/domain/intake';
import { demandTypeLabels, fieldLabels, problemTypeLabels } from '../../shared/messages/labels';
import { uiMessages } from '../../shared/messages/ui';
import { parseDateTime } from '../../shared/validation/date-time';
import { ApiCallError, errorMessageOf } from '../api/client';
import {
  INTAKE_FIELDS,
  REQUIRED_FIELDS,
  fieldInputId,
  intakeToValues,
  checkIntake,
  valuesToIntake,
  type AcceptedIntake,
  type FieldMessages,
  type IntakeField,
  type IntakeValues,
} from './intake-form';

const t = uiMessages.form;
const problemOptions = PROBLEM_TYPES.map((value) => ({ value, label: problemTypeLabels[value] }));
const demandOptions = DEMAND_TYPES.map((value) => ({ value, label: demandTypeLabels[value] }));
/** Facts only some documents need (the 起诉状, the e-mails): asked in their own part of the form. */
const LETTER_FIELDS: readonly IntakeField[] = [
  'platform.legalRepresentative',
  'platform.phone',
  'platform.serviceEmail',
  'platform.managementEmail',
  'complainant.ethnicity',
  'complainant.email',
];
const agreementOptions = JURISDICTION_AGREEMENTS.map((value) => ({ value, label: jurisdictionAgreementLabels[value] }));
const electronicServiceOptions = (['yes', 'no'] as const).map((value) => ({ value, label: electronicServiceLabels[value] }));

export interface CaseFormProps {
  /** The case being edited; absent for a new case. */
  initial?: CaseIntake;
  /** Saves the intake; throw (e.g. {@link ApiCallError}) to keep the form open with the message. */
  onSubmit: (intake: AcceptedIntake) => Promise<void>;
  onCancel?: () => void;
}

/**
 * The one form for creating and editing a case. It validates with the same schema as the core, so a
 * message seen here is the message the CLI would print, and it never calls the API with known errors.
 */
export function CaseForm({ initial, onSubmit, onCancel }: CaseFormProps) {
  const [values, setValues] = useState<IntakeValues>(() => intakeToValues(initial));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FieldMessages>({});
  const [serverErrors, setServerErrors] = useState<FieldMessages>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [sellerOpen, setSellerOpen] = useState(false);
  const [litigationOpen, setLitigationOpen] = useState(false);
  const [letterFieldsOpen, setLetterFieldsOpen] = useState(false);

  const change = (field: IntakeField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
    // Once a field has shown a message, re-check as the person types so the message goes away when fixed.
    if (touched.has(field)) setErrors(messagesOf(next));
  };

  const blur = (field: IntakeField) => {
    setTouched((previous) => new Set(previous).add(field));
    setErrors(messagesOf(values));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkIntake(valuesToIntake(values));
    setTouched(new Set(INTAKE_FIELDS));
    setFormError(undefined);
    if (!check.ok) {
      setErrors(check.messages);
      focusFirst(check.messages);
      setFormError(t.hasErrors);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onSubmit(check.intake);
    } catch (failure) {
      const fields = failure instanceof ApiCallError ? failure.fields : [];
      const byField = Object.fromEntries(fields.map(({ field, message }) => [field, message]));
      setServerErrors(byField);
      focusFirst(byField);
      setFormError(errorMessageOf(failure));
    } finally {
      setSubmitting(false);
    }
  };

  const messageFor = (field: IntakeField) => serverErrors[field] ?? (touched.has(field) ? errors[field] : undefined);

  const common = (field: IntakeField) => ({
    id: fieldInputId(field),
    label: fieldLabels[field],
    // `withAsterisk` rather than `required`: the browser's own bubbles would pre-empt the schema's messages.
    withAsterisk: REQUIRED_FIELDS.has(field),
    'aria-required': REQUIRED_FIELDS.has(field),
    error: messageFor(field),
    onBlur: () => blur(field),
  });
  const text = (field: IntakeField) => ({
    ...common(field),
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => change(field, event.currentTarget.value),
  });
  const choice = (field: IntakeField) => ({
    ...common(field),
    value: values[field] || null,
    onChange: (value: string | null) => change(field, value ?? ''),
    placeholder: t.selectPlaceholder,
  });

  const purchasedAt = parseDateTime(values['order.purchasedAt']);
  const filled = (prefix: string) => INTAKE_FIELDS.some((field) => field.startsWith(prefix) && values[field] !== '');
  const showSeller = sellerOpen || filled('seller.');
  const showLitigation = litigationOpen || filled('litigation.');
  const showLetterFields = letterFieldsOpen || LETTER_FIELDS.some((field) => values[field] !== '');
  // The court the jurisdiction rules point to, from the addresses as typed, with its reason.
  const [proposal] = proposedCourts(values['complainant.address'] || undefined, [values['seller.address'] || undefined, values['platform.address'] || undefined]);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <TextInput {...text('title')} placeholder={t.titlePlaceholder} size="md" />

        <Fieldset legend={t.sections.platform}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('platform.name')} />
            <TextInput {...text('platform.url')} placeholder="https://" inputMode="url" />
            <TextInput {...text('platform.company')} />
            <TextInput {...text('platform.creditCode')} description={t.creditCodeHint} maxLength={30} />
          </SimpleGrid>
          <TextInput {...text('platform.address')} mt="sm" />
        </Fieldset>

        <Fieldset legend={cf.sellerSection}>
          <Switch label={cf.sellerSwitch} description={cf.sellerHint} checked={showSeller} onChange={(event) => setSellerOpen(event.currentTarget.checked)} />
          {/* Only when there is a shop: a platform that sold the goods itself keeps a short form. */}
          {showSeller && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
                <TextInput {...text('seller.name')} />
                <TextInput {...text('seller.operator')} />
                <TextInput {...text('seller.operatorCreditCode')} maxLength={30} />
                <TextInput {...text('seller.contact')} />
              </SimpleGrid>
              <TextInput {...text('seller.address')} mt="sm" />
            </>
          )}
        </Fieldset>

        <Fieldset legend={t.sections.complainant}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('complainant.name')} />
            <TextInput {...text('complainant.phone')} inputMode="tel" />
            <TextInput {...text('complainant.account')} />
            <TextInput {...text('complainant.idNumber')} maxLength={30} />
          </SimpleGrid>
          <TextInput {...text('complainant.address')} mt="sm" />
        </Fieldset>

        <Fieldset legend={cf.lettersSection}>
          {/* Folded until needed, so a first case stays a short form. */}
          {showLetterFields ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput {...text('platform.legalRepresentative')} description={cf.legalRepresentativeHint} />
              <TextInput {...text('platform.phone')} inputMode="tel" />
              <TextInput {...text('platform.serviceEmail')} inputMode="email" />
              <TextInput {...text('platform.managementEmail')} inputMode="email" />
              <TextInput {...text('complainant.ethnicity')} placeholder={cf.ethnicityPlaceholder} />
              <TextInput {...text('complainant.email')} inputMode="email" />
            </SimpleGrid>
          ) : (
            <Button variant="subtle" size="xs" onClick={() => setLetterFieldsOpen(true)}>
              {cf.lettersOpen}
            </Button>
          )}
        </Fieldset>

        <Fieldset legend={t.sections.order}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('order.number')} />
            <TextInput
              {...text('order.purchasedAt')}
              placeholder={t.purchasedAtPlaceholder}
              description={purchasedAt.ok ? t.purchasedAtNormalised(purchasedAt.value) : t.purchasedAtHint}
            />
            <TextInput {...text('order.product')} />
            <TextInput {...text('order.amountPaid')} placeholder={t.moneyPlaceholder} inputMode="decimal" leftSection="¥" />
            <TextInput {...text('order.paymentMethod')} />
            <TextInput {...text('order.paymentRef')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t.sections.problem}>
          <Stack gap="sm">
            <Select {...choice('problem.type')} data={problemOptions} maw={{ sm: '50%' }} />
            <Textarea {...text('problem.description')} autosize minRows={3} maxRows={12} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t.sections.demand}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select {...choice('demand.type')} data={demandOptions} clearable />
            <TextInput {...text('demand.amount')} placeholder={t.moneyPlaceholder} inputMode="decimal" leftSection="¥" />
            <TextInput {...text('demand.deadlineDays')} placeholder={t.deadlinePlaceholder} inputMode="numeric" />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={cf.litigationSection}>
          {showLitigation ? (
            <Stack gap="sm">
              <TextInput
                {...text('litigation.court')}
                placeholder={cf.courtPlaceholder}
                description={proposal ? cf.courtProposal(proposal.court, proposal.reason) : cf.courtNoProposal}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select {...choice('litigation.agreement')} data={agreementOptions} description={cf.agreementHint} clearable />
                <Select {...choice('litigation.electronicService')} data={electronicServiceOptions} description={cf.electronicServiceHint} clearable />
              </SimpleGrid>
            </Stack>
          ) : (
            <Button variant="subtle" size="xs" onClick={() => setLitigationOpen(true)}>
              {cf.litigationOpen}
            </Button>
          )}
        </Fieldset>

        {formError && (
          <Alert color="red" icon={<IconAlertCircle />} title={t.saveFailed} role="alert">
            {formError}
          </Alert>
        )}

        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={submitting}>
              {t.cancel}
            </Button>
          )}
          <Button type="submit" loading={submitting}>
            {t.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function messagesOf(values: IntakeValues): FieldMessages {
  const check = checkIntake(valuesToIntake(values));
  return check.ok ? {} : check.messages;
}

function focusFirst(messages: FieldMessages) {
  const first = INTAKE_FIELDS.find((field) => messages[field] !== undefined);
  if (first) document.getElementById(fieldInputId(first))?.focus();
}
