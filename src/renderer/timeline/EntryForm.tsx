import { Alert, Button, Checkbox, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { CASE_STATUSES } from '../../shared/domain/case';
import { OFFER_KINDS, TIMELINE_CHANNELS, TIMELINE_DIRECTIONS } from '../../shared/domain/timeline';
import { offerKindLabels, offerMessages } from '../../shared/messages/offers';
import { statusLabels } from '../../shared/messages/labels';
import { timelineChannelLabels, timelineDirectionLabels, timelineFieldLabels as f } from '../../shared/messages/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { errorMessageOf } from '../api/client';
import { checkEntry, entryInputOf, hostEntryErrors, type EntryErrors, type EntryInput, type EntryValues } from './entry-form';

const t = uiMessages.timeline;
const channelOptions = TIMELINE_CHANNELS.map((value) => ({ value, label: timelineChannelLabels[value] }));
const directionOptions = TIMELINE_DIRECTIONS.map((value) => ({ value, label: timelineDirectionLabels[value] }));
const offerKindOptions = [{ value: '', label: offerMessages.kindUnspecified }, ...OFFER_KINDS.map((value) => ({ value, label: offerKindLabels[value] }))];
const statusOptions = [{ value: '', label: t.noStatusChange }, ...CASE_STATUSES.map((value) => ({ value, label: statusLabels[value] }))];

export interface EntryFormProps {
  initial: EntryValues;
  /** 证据N 标题 for each item in the case's evidence locker. */
  evidenceOptions: { value: string; label: string }[];
  submitLabel: string;
  /** Sends the entry; throws the host's failure. */
  onSubmit: (input: EntryInput) => Promise<void>;
  /** The values to show after a successful save (the quick-add form starts a new entry). */
  afterSave?: (saved: EntryValues) => EntryValues;
  onCancel?: () => void;
  /** The case has a shop (seller): the entry can record that the platform refused to name its operator. */
  sellerKnown?: boolean;
}

/** The fields of one timeline entry, for the quick-add form and the edit modal alike. */
export function EntryForm({ initial, evidenceOptions, submitLabel, onSubmit, afterSave, onCancel, sellerKnown = false }: EntryFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<EntryErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<EntryValues>) => setValues((v) => ({ ...v, ...patch }));
  const text = (field: keyof EntryValues) => ({
    value: values[field] as string,
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => set({ [field]: event.currentTarget.value }),
  });

  const submit = async () => {
    if (busy) return;
    const input = entryInputOf(values);
    const found = checkEntry(input);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      setFailure(t.hasErrors);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(input);
      if (afterSave) setValues(afterSave(values));
    } catch (error) {
      setErrors(hostEntryErrors(error));
      setFailure(errorMessageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  // Ctrl+Enter saves from any field; `isComposing` keeps Enter that confirms a pinyin candidate from saving.
  const onFormKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };
  const onSummaryKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form onSubmit={onFormSubmit} onKeyDown={onFormKeyDown} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={f.at} placeholder={t.timePlaceholder} required {...text('at')} />
          <NativeSelect label={f.channel} data={channelOptions} {...text('channel')} />
          <NativeSelect label={f.direction} data={directionOptions} {...text('direction')} />
        </SimpleGrid>
        <Textarea label={f.summary} required autosize minRows={1} maxRows={6} onKeyDown={onSummaryKeyDown} {...text('summary')} />
        <Textarea label={f.quote} autosize minRows={1} maxRows={6} {...text('quote')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={f.agentId} {...text('agentId')} />
          <TextInput label={f.ticketNumber} {...text('ticketNumber')} />
          <NativeSelect label={f.offerKind} data={offerKindOptions} {...text('offerKind')} />
          <TextInput label={f.offerAmount} placeholder={t.offerPlaceholder} inputMode="decimal" {...text('offerAmount')} />
          <TextInput label={f.promisedWorkingDays} placeholder={t.promisedPlaceholder} inputMode="numeric" {...text('promisedWorkingDays')} />
          <TextInput label={f.promiseSource} placeholder={t.promiseSourcePlaceholder} {...text('promiseSource')} />
          <TextInput label={f.replyBy} placeholder={offerMessages.replyByPlaceholder} {...text('replyBy')} />
          <NativeSelect label={f.status} data={statusOptions} {...text('status')} />
        </SimpleGrid>
        {(sellerKnown || values.sellerIdentityRefused) && (
          <Checkbox label={f.sellerIdentityRefused} checked={values.sellerIdentityRefused} onChange={(event) => set({ sellerIdentityRefused: event.currentTarget.checked })} />
        )}
        <MultiSelect
          label={f.evidence}
          placeholder={values.evidence.length === 0 ? t.evidencePlaceholder : undefined}
          data={evidenceOptions}
          value={values.evidence}
          onChange={(evidence) => set({ evidence })}
          error={errors.evidence}
          searchable
          clearable
        />
        {failure && (
          <Alert color="red" role="alert" py="xs">
            {failure}
          </Alert>
        )}
        <Group justify="space-between" gap="sm">
          <Text size="xs" c="dimmed">
            {t.quickAddHint}
          </Text>
          <Group gap="sm">
            {onCancel && (
              <Button variant="default" onClick={onCancel} disabled={busy}>
                {t.cancel}
              </Button>
            )}
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
