import '@mantine/dates/styles.css';
import { DatesProvider, InlineDateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { dateMessages as t } from '../../shared/messages/dates';
import { nowChinaIso } from '../../shared/validation/date-time';

dayjs.locale('zh-cn');

/** The picker's value format (Mantine's `DateStringValue`), read as China time like everything typed. */
const pickerValue = (iso: string) => iso.slice(0, 19).replace('T', ' ');

export interface DateTimePickerPanelProps {
  /** The field's current value as ISO 8601 (+08:00), when it holds one. */
  value: string | undefined;
  past: boolean;
  /** Writes the picked moment into the field, as text the parser reads back. */
  onChange: (text: string) => void;
  onDone: () => void;
}

/**
 * The calendar and time of Mantine's DateTimePicker, shown inline in the field's popover: the field
 * stays typeable, which the picker's own button-like input is not. Weeks start on Monday, in Chinese.
 */
export default function DateTimePickerPanel({ value, past, onChange, onDone }: DateTimePickerPanelProps) {
  const today = pickerValue(nowChinaIso());
  return (
    <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
      <InlineDateTimePicker
        value={value ? pickerValue(value) : null}
        defaultDate={value ? pickerValue(value) : today}
        maxDate={past ? today : undefined}
        monthLabelFormat={t.monthLabelFormat}
        getDayAriaLabel={(day) => dayjs(day).format(t.dayLabelFormat)}
        // As DateTimePicker does in its dropdown: full-width days would grow without bound in a popover.
        fullWidth={false}
        valueFormat={t.fieldFormat}
        onChange={(picked) => {
          if (picked) onChange(dayjs(picked).format(t.fieldFormat));
        }}
        onSubmit={onDone}
        submitButtonProps={{ 'aria-label': t.confirm }}
      />
    </DatesProvider>
  );
}
