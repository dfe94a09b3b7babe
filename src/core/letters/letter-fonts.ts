import { createRequire } from 'node:module';

const resolveModule = createRequire(import.meta.url).resolve;

/**
 * Noto Sans SC (SIL Open Font License), regular and bold, from the npm package: every PDF embeds a
 * subset of it, so Chinese text shows on any computer and in any court's viewer.
 */
export const LETTER_FONT = 'NotoSansSC';

/**
 * Noto Serif SC (same licence and family): court papers (起诉状, 证据目录, the dossier) are set in a
 * serif face, as courts' own documents are.
 */
export const COURT_FONT = 'NotoSerifSC';

export type FontFamily = typeof LETTER_FONT | typeof COURT_FONT;

const PACKAGES: Record<FontFamily, string> = { [LETTER_FONT]: 'noto-sans-sc', [COURT_FONT]: 'noto-serif-sc' };
export const FONT_FAMILIES = Object.keys(PACKAGES) as FontFamily[];

/** A family's regular and bold faces: the name a document refers to each by, and its file. */
export function fontFaces(family: FontFamily): { normal: { name: string; path: string }; bold: { name: string; path: string } } {
  const file = (weight: string) => resolveModule(`@expo-google-fonts/${PACKAGES[family]}/${weight}/${family}_${weight}.ttf`);
  return {
    normal: { name: `${family}-Regular.ttf`, path: file('400Regular') },
    bold: { name: `${family}-Bold.ttf`, path: file('700Bold') },
  };
}
