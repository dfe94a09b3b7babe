import { createTheme, Select } from '@mantine/core';

const chineseFonts = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const fontFamily = `-apple-system, BlinkMacSystemFont, "Segoe UI", ${chineseFonts}`;

/** Indigo reads as sober and trustworthy, which suits a tool people use to assert their rights. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
  components: {
    // A closed dropdown stays out of the DOM; otherwise its listbox is also labelled by the field's
    // label, and "the field labelled 问题类型" would name two elements.
    Select: Select.extend({ defaultProps: { comboboxProps: { keepMounted: false } } }),
  },
});
