import { createRequire } from 'node:module';

const resolveModule = createRequire(import.meta.url).resolve;

/**
 * Noto Sans SC (SIL Open Font License), regular and bold, from the npm package: every PDF embeds a
 * subset of it, so Chinese text shows on any computer and in any court's viewer.
 */
export const LETTER_FONT = 'NotoSansSC';

export function letterFonts() {
  const regular = resolveModule('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
  const bold = resolveModule('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
  return { [LETTER_FONT]: { normal: regular, bold, italics: regular, bolditalics: bold } };
}
