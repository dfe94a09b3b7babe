import { Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { LetterField } from '../../shared/domain/letter-document';
import { uiMessages } from '../../shared/messages/ui';
import { CopyTextButton } from './CopyTextButton';

const t = uiMessages.letters;

/** Counted as the forms count: one per character, a Chinese character or an emoji alike. */
const lengthOf = (value: string) => [...value].length;

function FieldCounter({ value, limit }: { value: string; limit?: number }) {
  const n = lengthOf(value);
  if (limit === undefined) {
    return (
      <Text size="xs" c="dimmed">
        {t.count(n)}
      </Text>
    );
  }
  const over = n > limit;
  return (
    <Text size="xs" c={over ? 'red' : 'dimmed'} fw={over ? 600 : undefined} data-over-limit={over || undefined} aria-live="polite">
      {t.counter(n, limit)}
      {over && ` · ${t.overLimit(n - limit)}`}
    </Text>
  );
}

export interface FormFieldsProps {
  fields: LetterField[];
  onChange: (fields: LetterField[]) => void;
}

/** The web form's fields one by one: edit, watch the limit, copy into the website's box. */
export function FormFields({ fields, onChange }: FormFieldsProps) {
  const change = (id: string, value: string) => onChange(fields.map((field) => (field.id === id ? { ...field, value } : field)));
  return (
    <Paper withBorder p="md" component="section" aria-label={t.fieldsTitle}>
      <Title order={3} size="h5" mb="sm">
        {t.fieldsTitle}
      </Title>
      <Stack gap="md">
        {fields.map((field) => (
          <Stack key={field.id} gap={4} data-testid="form-field">
            <Textarea
              label={field.label}
              value={field.value}
              onChange={(event) => change(field.id, event.currentTarget.value)}
              autosize
              minRows={1}
              maxRows={14}
              error={field.limit !== undefined && lengthOf(field.value) > field.limit}
            />
            <Group justify="space-between" gap="xs">
              <FieldCounter value={field.value} limit={field.limit} />
              <CopyTextButton value={field.value} label={t.copy} ariaLabel={t.copyField(field.label)} />
            </Group>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
