/** Chinese text of the date-time fields: the hint under a field and the picker beside it. */
export const dateMessages = {
  /** What the field will store, in the words people read dates in (never ISO 8601). */
  willRecord: (readable: string) => `将记录为 ${readable}`,
  /** Shown while the field is empty or not yet understood. */
  hint: '北京时间，例如 2024/5/20 14:32、2024年5月20日 14:32，或只填日期',
  openPicker: '从日历选择',
  pickerTitle: '选择日期和时间',
  pickerLoading: '正在打开日历…',
  confirm: '确定',
  /** The month above the calendar grid (a dayjs format). */
  monthLabelFormat: 'YYYY年M月',
  /** How a day of the calendar is read out (a dayjs format). */
  dayLabelFormat: 'YYYY年M月D日',
  /** How a picked moment is written into the field (a dayjs format the parser reads back). */
  fieldFormat: 'YYYY/M/D HH:mm',
} as const;
