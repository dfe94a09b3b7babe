import { ActionIcon, Center, Loader, Popover, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { lazy, Suspense, useId, useState, type FocusEventHandler } from 'react';
import { dateMessages as t } from '../../shared/messages/dates';
import { parseDateTime } from '../../shared/validation/date-time';
import { formatChineseDateTime } from '../format/date-time';

// The calendar (and the dates library with its styles) loads the first time someone opens it.
const DateTimePickerPanel = lazy(() => import('./DateTimePickerPanel'));

export interface DateTimeFieldProps {
  label: string | undefined;
  /** The text as typed; what the form validates and sends. */
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  id?: string;
  /** Shows the required mark; an empty field is reported by the schema as 此项必填. */
  withAsterisk?: boolean;
  'aria-required'?: boolean;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  /** A moment that must not lie in the future: the calendar greys out later days. */
  past?: boolean;
  'data-autofocus'?: boolean;
}

/**
 * A date-time typed the way people write it (`2024/5/20 14:32`, `2024年5月20日14:32`, a date alone…)
 * or picked from a calendar. The line under the field says, in Chinese, what will be recorded, so a
 * misread is caught before saving; the value stays text, and the shared parser decides.
 */
export function DateTimeField({ label, value, onChange, error, past, ...input }: DateTimeFieldProps) {
  const [opened, setOpened] = useState(false);
  const titleId = useId();
  const parsed = parseDateTime(value);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus returnFocus withinPortal>
      <Popover.Target>
        <TextInput
          {...input}
          label={label}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          description={parsed.ok ? t.willRecord(formatChineseDateTime(parsed.value)) : t.hint}
          // The description is what a screen reader should hear after the label: the understood value.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="off"
          rightSection={
            <Tooltip label={t.openPicker} disabled={opened}>
              <ActionIcon variant="subtle" color="gray" aria-label={t.openPicker} aria-expanded={opened} onClick={() => setOpened((o) => !o)}>
                <IconCalendar size={16} />
              </ActionIcon>
            </Tooltip>
          }
        />
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={titleId}>
        <Text size="sm" fw={600} mb="xs" id={titleId}>
          {t.pickerTitle}
        </Text>
        {opened && (
          <Suspense
            fallback={
              <Center w={260} h={260}>
                <Loader size="sm" aria-label={t.pickerLoading} />
              </Center>
            }
          >
            <DateTimePickerPanel
              value={parsed.ok ? parsed.value : undefined}
              past={past === true}
              onChange={onChange}
              onDone={() => setOpened(false)}
            />
          </Suspense>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
