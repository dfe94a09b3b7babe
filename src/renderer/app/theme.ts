import { createTheme } from '@mantine/core';

const chineseFonts = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Indigo reads as sober and trustworthy, which suits a tool people use to assert their rights. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", ${chineseFonts}`,
  headings: { fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", ${chineseFonts}` },
  defaultRadius: 'md',
});
